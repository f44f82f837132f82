package io.accessgraph.analysis.findings;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.NodeKind;
import io.accessgraph.analysis.graph.TraversalOptions;
import io.accessgraph.analysis.policy.AdminVerdict;
import io.accessgraph.analysis.policy.PolicyEngine;
import io.accessgraph.analysis.policy.Verdict;
import io.accessgraph.model.org.OrgAccount;
import io.accessgraph.model.snapshot.Snapshot;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every kind of finding looks at: the snapshot, its engine, the access graph, who reaches an
 * administrator and how, and the admin verdicts of the principals that may be administrators.
 */
final class Review {
  final Snapshot snapshot;
  final PolicyEngine engine;
  final AccessGraph graph;
  final AdminReach reach;
  final Instant now;
  private final Set<String> insideAccounts = new HashSet<>();
  private final Map<String, AdminVerdict> adminVerdicts = new HashMap<>();

  Review(Snapshot snapshot, PolicyEngine engine, AccessGraphData data, Instant now) {
    this.snapshot = snapshot;
    this.engine = engine;
    this.graph = AccessGraph.of(data);
    this.reach = AdminReach.of(graph, TraversalOptions.DEFAULT_MAX_HOPS);
    this.now = now;
    if (snapshot.organization().isPresent()) {
      snapshot.organization().get().accounts().stream()
          .map(OrgAccount::id)
          .forEach(insideAccounts::add);
    } else {
      insideAccounts.addAll(snapshot.accounts().keySet());
    }
    for (AccessNode node : graph.nodes()) {
      if (mayBeAdminPrincipal(node)) {
        AdminVerdict verdict = engine.admin(node.arn());
        if (verdict.verdict() != Verdict.DENY) {
          adminVerdicts.put(node.arn(), verdict);
        }
      }
    }
  }

  /**
   * Only ingested users and roles flagged admin, or with an edge straight to an "admin of" node,
   * are asked about: the analysis already asked the engine about everyone.
   */
  private boolean mayBeAdminPrincipal(AccessNode node) {
    if ((node.kind() != NodeKind.USER && node.kind() != NodeKind.ROLE)
        || node.accountId() == null
        || snapshot.account(node.accountId()).isEmpty()) {
      return false;
    }
    if (node.admin()) {
      return true;
    }
    for (AccessEdge edge : graph.outgoing(node.arn())) {
      Optional<AccessNode> to = graph.node(edge.to());
      if (to.isPresent() && to.get().kind() == NodeKind.ACCOUNT_ADMIN) {
        return true;
      }
    }
    return false;
  }

  /** True for an account of the organization (or, without one, of the snapshot). */
  boolean inside(String accountId) {
    return insideAccounts.contains(accountId);
  }

  boolean hasOrganization() {
    return snapshot.organization().isPresent();
  }

  /** Unconditional administrator, as the access graph flags it. */
  boolean isAdmin(String arn) {
    return graph.node(arn).map(AccessNode::admin).orElse(false);
  }

  /** The verdict of an administrator (possibly only under conditions), else null. */
  AdminVerdict adminVerdict(String arn) {
    return adminVerdicts.get(arn);
  }

  Map<String, AdminVerdict> adminVerdicts() {
    return adminVerdicts;
  }

  /** The best route from the node to an administrator, if it has one. */
  Optional<AdminReach.Route> adminRoute(String arn) {
    return reach.best(arn);
  }

  /** Administrator itself, or able to reach one without conditions. */
  boolean firmlyAdmin(String arn) {
    return isAdmin(arn) || adminRoute(arn).map(r -> !r.conditional()).orElse(false);
  }

  /** Administrator itself (perhaps under conditions), or able to reach one somehow. */
  boolean possiblyAdmin(String arn) {
    return isAdmin(arn) || adminVerdicts.containsKey(arn) || adminRoute(arn).isPresent();
  }

  /** A sentence saying how far the node reaches admin, or null when it does not. */
  String adminReachLine(String arn) {
    if (isAdmin(arn)) {
      AccessNode node = graph.node(arn).orElseThrow();
      return arn + " is itself an administrator of account " + node.accountId();
    }
    return adminRoute(arn)
        .map(
            r ->
                arn
                    + " can become admin of account "
                    + r.account()
                    + " in "
                    + r.hops()
                    + (r.hops() == 1 ? " hop" : " hops")
                    + (r.conditional() ? " (conditional)" : "")
                    + " through "
                    + r.target())
        .orElse(null);
  }
}
