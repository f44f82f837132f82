package io.accessgraph.analysis.findings;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.EdgeKind;
import io.accessgraph.analysis.graph.NodeKind;
import io.accessgraph.model.Arn;
import io.accessgraph.model.ec2.Ec2Instance;
import io.accessgraph.model.snapshot.AccountSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ESCALATION_TO_ADMIN: every ingested user, role and instance that is no administrator but can
 * reach one, with its best path (no conditions if possible, then fewest hops). CRITICAL for an
 * unconditional path of at most two hops, HIGH for a longer one or a short conditional one, MEDIUM
 * for a long conditional one; one step lower for an instance that is not running.
 */
final class EscalationFindings {
  private static final int SHORT = 2;

  private final Review review;

  EscalationFindings(Review review) {
    this.review = review;
  }

  void addTo(List<Finding> out) {
    Map<String, Ec2Instance> instances = new HashMap<>();
    for (AccountSnapshot account : review.snapshot.accountList()) {
      account.instances().forEach(i -> instances.put(i.arn(), i));
    }
    for (AccessNode node : review.graph.nodes()) {
      if (!isSource(node) || node.admin()) {
        continue;
      }
      var route = review.adminRoute(node.arn());
      if (route.isEmpty()) {
        continue;
      }
      // an administrator under conditions is an ADMIN finding unless it has a firmer way up
      if (review.adminVerdict(node.arn()) != null && route.get().conditional()) {
        continue;
      }
      out.add(finding(node, route.get(), instances.get(node.arn())));
    }
  }

  private boolean isSource(AccessNode node) {
    return (node.kind() == NodeKind.USER
            || node.kind() == NodeKind.ROLE
            || node.kind() == NodeKind.EC2_INSTANCE)
        && node.accountId() != null
        && review.snapshot.account(node.accountId()).isPresent();
  }

  private Finding finding(AccessNode node, AdminReach.Route route, Ec2Instance instance) {
    boolean conditional = route.conditional();
    boolean shortPath = route.hops() <= SHORT;
    Severity severity =
        conditional
            ? (shortPath ? Severity.HIGH : Severity.MEDIUM)
            : (shortPath ? Severity.CRITICAL : Severity.HIGH);
    List<String> evidence = new ArrayList<>();
    if (instance != null && !"running".equalsIgnoreCase(instance.state())) {
      severity = Severity.values()[Math.min(severity.ordinal() + 1, Severity.LOW.ordinal())];
      evidence.add("the instance is " + instance.state() + ": the path opens once it is started");
    }
    for (AccessEdge e : route.path()) {
      evidence.add(step(e));
    }
    List<String> others = new ArrayList<>();
    for (AdminReach.Route other : review.reach.all(node.arn())) {
      if (!other.account().equals(route.account())) {
        others.add(
            other.account()
                + " ("
                + other.hops()
                + " hops"
                + (other.conditional() ? ", conditional" : "")
                + ")");
      }
    }
    if (!others.isEmpty()) {
      evidence.add("also reaches admin of " + String.join(", ", others));
    }
    String kind = node.kind() == NodeKind.EC2_INSTANCE ? "Instance" : kindName(node.kind());
    return new Finding(
        FindingType.ESCALATION_TO_ADMIN.idPrefix() + ":" + node.arn(),
        FindingType.ESCALATION_TO_ADMIN,
        severity,
        node.arn(),
        node.accountId(),
        kind
            + " "
            + node.name()
            + " can become admin of account "
            + route.account()
            + " in "
            + route.hops()
            + (route.hops() == 1 ? " hop" : " hops")
            + (conditional ? " (conditional)" : ""),
        evidence,
        remediation(route),
        route.path());
  }

  private static String kindName(NodeKind kind) {
    return kind.name().charAt(0) + kind.name().substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  /** E.g. {@code A -[CAN_ASSUME sts-001]-> B if aws:MultiFactorAuthPresent}. */
  static String step(AccessEdge e) {
    return e.from()
        + " -["
        + e.kind()
        + " "
        + e.method()
        + "]-> "
        + e.to()
        + (e.conditional() ? " only if " + String.join(" and ", e.conditions()) : "");
  }

  private static String remediation(AdminReach.Route route) {
    StringBuilder sb = new StringBuilder("Cut any one edge of the path:");
    int n = 1;
    for (AccessEdge e : route.path()) {
      sb.append(' ').append(n++).append(") ").append(cut(e));
    }
    return sb.toString();
  }

  /**
   * The edge's evidence without organization policies (an SCP that allows everything is nothing to
   * change), each line once.
   */
  private static String statementsToChange(AccessEdge e) {
    Set<String> lines = new LinkedHashSet<>();
    for (String line : e.evidence()) {
      if (!line.contains("/service_control_policy/")
          && !line.contains("/resource_control_policy/")) {
        lines.add(line);
      }
    }
    return lines.isEmpty() ? "" : " (" + String.join("; ", lines) + ")";
  }

  private static String cut(AccessEdge e) {
    String evidence = statementsToChange(e);
    if (e.kind() == EdgeKind.RUNS_AS) {
      return "give the instance a role without the permissions that lead on, instead of "
          + e.to()
          + ".";
    }
    if (e.kind() == EdgeKind.CAN_ASSUME) {
      Arn role = Arn.tryParse(e.to());
      return "remove "
          + e.from()
          + " from the trust policy of "
          + e.to()
          + (role == null
              ? ""
              : " (aws iam update-assume-role-policy --role-name "
                  + role.resourceName()
                  + " --policy-document file://trust-policy.json)")
          + ", or the statement that allows it sts:AssumeRole"
          + evidence
          + ".";
    }
    return "remove from "
        + e.from()
        + " the permissions that method "
        + e.method()
        + " uses"
        + evidence
        + ".";
  }
}
