package io.accessgraph.analysis.findings;

import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.policy.AdminVerdict;
import io.accessgraph.analysis.policy.Evidence;
import io.accessgraph.analysis.policy.PolicyKind;
import io.accessgraph.analysis.policy.Verdict;
import io.accessgraph.model.Arn;
import io.accessgraph.model.iam.Group;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.snapshot.AccountSnapshot;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ADMIN: every administrator of every account (INFO: what a reviewer confirms), with the statements
 * that make it one and the command that would take it away. Administrators only under conditions
 * (e.g. MFA) are listed too, with the conditions.
 */
final class AdminFindings {
  private final Review review;

  AdminFindings(Review review) {
    this.review = review;
  }

  void addTo(List<Finding> out) {
    for (Map.Entry<String, AdminVerdict> e : review.adminVerdicts().entrySet()) {
      AccessNode node = review.graph.node(e.getKey()).orElseThrow();
      out.add(finding(node, e.getValue()));
    }
  }

  private Finding finding(AccessNode node, AdminVerdict verdict) {
    boolean conditional = verdict.verdict() == Verdict.CONDITIONAL;
    // the same SCP allows at every level of the OU tree: say it once
    Set<String> evidence = new LinkedHashSet<>();
    for (Evidence ev : verdict.evidence()) {
      evidence.add(ev + " [" + ev.kind() + "]");
    }
    if (conditional) {
      evidence.add("only when: " + String.join(" and ", verdict.unresolvedConditions()));
    }
    verdict.limitations().forEach(l -> evidence.add("limited: " + l));
    verdict.warnings().forEach(w -> evidence.add("warning: " + w));
    String kind =
        node.kind().name().charAt(0)
            + node.kind().name().substring(1).toLowerCase(java.util.Locale.ROOT);
    return new Finding(
        FindingType.ADMIN.idPrefix() + ":" + node.arn(),
        FindingType.ADMIN,
        Severity.INFO,
        node.arn(),
        node.accountId(),
        kind
            + " "
            + node.name()
            + " is an administrator of account "
            + node.accountId()
            + (conditional ? " (under conditions)" : ""),
        List.copyOf(evidence),
        remediation(node, verdict),
        List.of());
  }

  private String remediation(AccessNode node, AdminVerdict verdict) {
    Set<String> commands = new LinkedHashSet<>();
    for (Evidence ev : verdict.evidence()) {
      if (ev.kind() == PolicyKind.IDENTITY && ev.effect().name().equals("ALLOW")) {
        String command = removal(node, ev.policy());
        if (command != null) {
          commands.add(command);
        }
      }
    }
    String intended =
        "Confirm that "
            + node.name()
            + " must be an administrator; keep administrators few and reached through roles that"
            + " require MFA.";
    return commands.isEmpty()
        ? intended
        : intended + " Otherwise remove what grants it: " + String.join("; ", commands);
  }

  /** The command that takes the granting policy away, or null when it cannot be told. */
  private String removal(AccessNode node, String policy) {
    int inline = policy.indexOf("#inline:");
    if (inline > 0) {
      Arn owner = Arn.tryParse(policy.substring(0, inline));
      String name = policy.substring(inline + "#inline:".length());
      if (owner == null) {
        return null;
      }
      String type = owner.resourceType();
      return "aws iam delete-"
          + type
          + "-policy --"
          + type
          + "-name "
          + owner.resourceName()
          + " --policy-name "
          + name;
    }
    AccountSnapshot account = review.snapshot.account(node.accountId()).orElse(null);
    if (account == null) {
      return null;
    }
    for (Role role : account.roles()) {
      if (role.arn().equals(node.arn()) && role.attachedPolicyArns().contains(policy)) {
        return "aws iam detach-role-policy --role-name " + role.name() + " --policy-arn " + policy;
      }
    }
    for (User user : account.users()) {
      if (!user.arn().equals(node.arn())) {
        continue;
      }
      if (user.attachedPolicyArns().contains(policy)) {
        return "aws iam detach-user-policy --user-name " + user.name() + " --policy-arn " + policy;
      }
      for (Group group : account.groups()) {
        if (user.groupNames().contains(group.name())
            && group.attachedPolicyArns().contains(policy)) {
          return "aws iam remove-user-from-group --user-name "
              + user.name()
              + " --group-name "
              + group.name()
              + " (or aws iam detach-group-policy --group-name "
              + group.name()
              + " --policy-arn "
              + policy
              + ")";
        }
      }
    }
    return null;
  }
}
