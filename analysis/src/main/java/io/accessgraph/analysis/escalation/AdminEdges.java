package io.accessgraph.analysis.escalation;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.EdgeKind;
import io.accessgraph.analysis.policy.AdminVerdict;
import io.accessgraph.analysis.policy.Evidence;
import io.accessgraph.analysis.policy.PolicyEngine;
import io.accessgraph.analysis.policy.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The admin verdict of every principal, asked once, and the edge from each administrator to its
 * account's "admin of" node (conditional when the verdict is, e.g. an MFA condition).
 */
final class AdminEdges {
  private final Map<String, AdminVerdict> verdicts = new ConcurrentHashMap<>();

  AdminEdges(PolicyEngine engine, List<String> principals) {
    principals.parallelStream().forEach(p -> verdicts.put(p, engine.admin(p)));
  }

  /** Unconditional administrator: the node's admin flag. */
  boolean isAdmin(String principal) {
    AdminVerdict v = verdicts.get(principal);
    return v != null && v.admin();
  }

  /** Administrators, possibly under conditions, with the conditions of their verdict. */
  Map<String, List<String>> conditionsByAdmin() {
    Map<String, List<String>> out = new java.util.HashMap<>();
    verdicts.forEach(
        (arn, v) -> {
          if (v.verdict() != Verdict.DENY) {
            out.put(arn, v.unresolvedConditions());
          }
        });
    return out;
  }

  /** The edge to the account's admin node, or null when the principal is no administrator. */
  AccessEdge edge(String principal, String adminNode) {
    AdminVerdict v = verdicts.get(principal);
    if (v == null || v.verdict() == Verdict.DENY) {
      return null;
    }
    List<String> evidence = new ArrayList<>();
    for (Evidence e : v.evidence()) {
      evidence.add(
          "* on * "
              + (e.effect().name().equals("ALLOW") ? "allowed by " : "denied by ")
              + e.policy()
              + " statement "
              + e.statementIndex()
              + (e.sid() == null ? "" : " (Sid " + e.sid() + ")")
              + " ["
              + e.kind()
              + "]");
    }
    v.limitations().forEach(l -> evidence.add("limited: " + l));
    return new AccessEdge(
        principal,
        adminNode,
        EdgeKind.CAN_ESCALATE,
        MethodIds.ADMIN,
        v.verdict() == Verdict.CONDITIONAL,
        v.unresolvedConditions(),
        evidence);
  }
}
