package io.accessgraph.analysis.escalation;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.EdgeKind;
import io.accessgraph.analysis.graph.NodeKind;
import io.accessgraph.analysis.policy.Decision;
import io.accessgraph.analysis.policy.PolicyEngine;
import io.accessgraph.analysis.policy.Verdict;
import io.accessgraph.model.Arn;
import io.accessgraph.model.ec2.Ec2Instance;
import io.accessgraph.model.iam.InstanceProfile;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the access graph of a snapshot: principals and instances as nodes with their admin flag,
 * instance → role edges, and role-assumption edges decided by the policy engine.
 */
public final class AccessAnalyzer {
  private final Snapshot snapshot;
  private final PolicyEngine engine;

  public AccessAnalyzer(Snapshot snapshot, PolicyEngine engine) {
    this.snapshot = snapshot;
    this.engine = engine;
  }

  public static AccessGraphData analyze(Snapshot snapshot) {
    return new AccessAnalyzer(snapshot, PolicyEngine.of(snapshot)).analyze();
  }

  public AccessGraphData analyze() {
    NodeCatalog nodes = new NodeCatalog();
    List<AccessEdge> edges = new ArrayList<>();
    for (AccountSnapshot account : snapshot.accountList()) {
      addPrincipals(account, nodes);
    }
    for (AccountSnapshot account : snapshot.accountList()) {
      addInstanceEdges(account, nodes, edges);
    }
    TrustCandidates candidates = new TrustCandidates(new PrincipalDirectory(snapshot), nodes);
    for (AccountSnapshot account : snapshot.accountList()) {
      for (Role role : account.roles()) {
        for (String caller : candidates.of(role)) {
          assumeEdge(caller, role).ifPresent(edges::add);
        }
      }
    }
    return new AccessGraphData(List.copyOf(nodes.all()), edges);
  }

  private void addPrincipals(AccountSnapshot account, NodeCatalog nodes) {
    for (User user : account.users()) {
      nodes.add(
          new AccessNode(
              user.arn(), NodeKind.USER, account.accountId(), user.name(), isAdmin(user.arn())));
    }
    for (Role role : account.roles()) {
      nodes.add(
          new AccessNode(
              role.arn(), NodeKind.ROLE, account.accountId(), role.name(), isAdmin(role.arn())));
    }
  }

  private boolean isAdmin(String principalArn) {
    return engine.admin(principalArn).verdict() == Verdict.ALLOW;
  }

  private static void addInstanceEdges(
      AccountSnapshot account, NodeCatalog nodes, List<AccessEdge> edges) {
    Map<String, InstanceProfile> profiles = new HashMap<>();
    account.instanceProfiles().forEach(p -> profiles.put(p.arn(), p));
    for (Ec2Instance instance : account.instances()) {
      if ("terminated".equalsIgnoreCase(instance.state())) {
        continue;
      }
      nodes.add(
          new AccessNode(
              instance.arn(), NodeKind.EC2_INSTANCE, account.accountId(), instance.name(), false));
      InstanceProfile profile = profiles.get(instance.instanceProfileArn());
      if (profile == null) {
        continue;
      }
      for (String roleArn : profile.roleArns()) {
        if (nodes.contains(roleArn)) {
          edges.add(instanceRoleEdge(instance, profile, roleArn));
        }
      }
    }
  }

  private static AccessEdge instanceRoleEdge(
      Ec2Instance instance, InstanceProfile profile, String roleArn) {
    String imds =
        instance.imdsV1Allowed()
            ? "IMDSv1 allowed (HttpTokens=optional): also reachable by SSRF"
            : "IMDSv2 required (HttpTokens=required)";
    return new AccessEdge(
        instance.arn(),
        roleArn,
        EdgeKind.RUNS_AS,
        MethodIds.INSTANCE_ROLE,
        false,
        List.of(),
        List.of(
            "instance "
                + instance.instanceId()
                + " ("
                + instance.state()
                + ") uses instance profile "
                + profile.arn(),
            "instance profile " + profile.name() + " holds role " + roleArn,
            imds));
  }

  private java.util.Optional<AccessEdge> assumeEdge(String caller, Role role) {
    Decision decision = engine.canAssume(caller, role.arn());
    if (decision.verdict() == Verdict.DENY) {
      return java.util.Optional.empty();
    }
    List<String> evidence = new ArrayList<>();
    decision.evidence().forEach(e -> evidence.add(e.toString()));
    decision.warnings().forEach(w -> evidence.add("warning: " + w));
    return java.util.Optional.of(
        new AccessEdge(
            caller,
            role.arn(),
            EdgeKind.CAN_ASSUME,
            methodFor(caller),
            decision.verdict() == Verdict.CONDITIONAL,
            decision.unresolvedConditions(),
            evidence));
  }

  private static String methodFor(String caller) {
    Arn arn = Arn.tryParse(caller);
    if (arn != null && "iam".equals(arn.service())) {
      if (arn.resource().startsWith("oidc-provider/")) {
        return MethodIds.OIDC_FEDERATION;
      }
      if (arn.resource().startsWith("saml-provider/")) {
        return MethodIds.SAML_FEDERATION;
      }
    }
    return MethodIds.ASSUME_ROLE;
  }
}
