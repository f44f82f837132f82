package io.accessgraph.analysis.escalation;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.EdgeKind;
import io.accessgraph.analysis.policy.Decision;
import io.accessgraph.analysis.policy.PolicyEngine;
import io.accessgraph.analysis.policy.Verdict;
import io.accessgraph.model.Arn;
import io.accessgraph.model.iam.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CAN_ASSUME edges: each caller a role's trust policy names, decided by the engine on both sides
 * (sts-001; trust-account-root for an account outside the snapshot; federation-oidc / -saml for
 * identity providers), and one edge from "any AWS principal" for a trust policy naming "*".
 */
final class TrustEdges {
  /**
   * Stands for "someone in an account we know nothing about" when judging a wildcard trust: an
   * account outside every snapshot, so only the trust policy decides.
   */
  static final String OUTSIDER = "arn:aws:iam::000000000000:root";

  private final PolicyEngine engine;

  TrustEdges(PolicyEngine engine) {
    this.engine = engine;
  }

  Optional<AccessEdge> assume(String caller, Role role) {
    Decision decision = engine.canAssume(caller, role.arn());
    if (decision.verdict() == Verdict.DENY) {
      return Optional.empty();
    }
    List<String> evidence = new ArrayList<>();
    decision.evidence().forEach(e -> evidence.add(e.toString()));
    decision.warnings().forEach(w -> evidence.add("warning: " + w));
    return Optional.of(
        new AccessEdge(
            caller,
            role.arn(),
            EdgeKind.CAN_ASSUME,
            methodFor(caller),
            decision.verdict() == Verdict.CONDITIONAL,
            decision.unresolvedConditions(),
            evidence));
  }

  /** The edge from "any AWS principal", unless the trust policy's conditions rule outsiders out. */
  Optional<AccessEdge> wildcard(String anyone, Role role) {
    if (!TrustCandidates.trustsAnyone(role)) {
      return Optional.empty();
    }
    Decision decision = engine.canAssume(OUTSIDER, role.arn());
    if (decision.verdict() == Verdict.DENY) {
      return Optional.empty();
    }
    List<String> evidence = new ArrayList<>();
    decision.evidence().forEach(e -> evidence.add(e.toString()));
    evidence.add("the trust policy of " + role.arn() + " names any AWS principal (\"*\")");
    return Optional.of(
        new AccessEdge(
            anyone,
            role.arn(),
            EdgeKind.CAN_ASSUME,
            MethodIds.TRUST_WILDCARD,
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
      if (arn.isAccountRoot()) {
        return MethodIds.TRUST_ACCOUNT_ROOT;
      }
    }
    return MethodIds.ASSUME_ROLE;
  }
}
