package io.accessgraph.analysis.escalation;

import io.accessgraph.analysis.escalation.rules.EscalationRules;
import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.NodeKind;
import io.accessgraph.analysis.graph.WellKnownNodes;
import io.accessgraph.analysis.policy.PolicyEngine;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the access graph of a snapshot: principals, instances, outside sources and one "admin of"
 * node per account; instance → role edges; role assumption through trust policies; every
 * administrator's edge to its account's admin node; and the escalation edges of every method in the
 * catalog.
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
    AdminEdges admins = new AdminEdges(engine, engine.principalArns());
    NodeCatalog nodes = new NodeCatalog();
    List<AccessEdge> edges = new ArrayList<>();
    for (AccountSnapshot account : snapshot.accountList()) {
      addPrincipals(account, nodes, admins, edges);
    }
    for (AccountSnapshot account : snapshot.accountList()) {
      InstanceRoleEdges.add(account, nodes, edges);
    }
    List<AccessEdge> assume = new ArrayList<>();
    addTrustEdges(nodes, assume);
    edges.addAll(assume);
    edges.addAll(new EscalationRules(engine).find(snapshot, admins.conditionsByAdmin(), assume));
    return new AccessGraphData(List.copyOf(nodes.all()), edges);
  }

  private static void addPrincipals(
      AccountSnapshot account, NodeCatalog nodes, AdminEdges admins, List<AccessEdge> edges) {
    String adminNode = nodes.accountAdmin(account.accountId());
    for (User user : account.users()) {
      nodes.add(
          new AccessNode(
              user.arn(),
              NodeKind.USER,
              account.accountId(),
              user.name(),
              admins.isAdmin(user.arn())));
      adminEdge(user.arn(), adminNode, admins, edges);
    }
    for (Role role : account.roles()) {
      nodes.add(
          new AccessNode(
              role.arn(),
              NodeKind.ROLE,
              account.accountId(),
              role.name(),
              admins.isAdmin(role.arn())));
      adminEdge(role.arn(), adminNode, admins, edges);
    }
  }

  private static void adminEdge(
      String principal, String adminNode, AdminEdges admins, List<AccessEdge> edges) {
    AccessEdge edge = admins.edge(principal, adminNode);
    if (edge != null) {
      edges.add(edge);
    }
  }

  private void addTrustEdges(NodeCatalog nodes, List<AccessEdge> edges) {
    TrustCandidates candidates = new TrustCandidates(new PrincipalDirectory(snapshot), nodes);
    TrustEdges trust = new TrustEdges(engine);
    for (AccountSnapshot account : snapshot.accountList()) {
      for (Role role : account.roles()) {
        for (String caller : candidates.of(role)) {
          trust.assume(caller, role).ifPresent(edges::add);
        }
        trust
            .wildcard(WellKnownNodes.ANYONE, role)
            .ifPresent(
                e -> {
                  nodes.anyone();
                  edges.add(e);
                });
      }
    }
  }
}
