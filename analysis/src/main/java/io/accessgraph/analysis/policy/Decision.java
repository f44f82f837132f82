package io.accessgraph.analysis.policy;

import java.util.List;

/**
 * The engine's decision, plain data for JSON.
 *
 * @param explicitDeny true when a Deny statement decided; false for an implicit deny
 * @param evidence the deciding statements: the Deny for an explicit deny; the Allows from every
 *     policy type that had to allow (and conditional Denies) otherwise
 * @param unresolvedConditions for CONDITIONAL: the conditions only the request can decide; those of
 *     a conditional Deny are prefixed "not: " (the request is allowed only if they fail)
 * @param warnings what may make the answer wrong: unknown operators, missing policies, external
 *     accounts whose policies are unknown
 * @param reasons why an implicit deny happened, e.g. which policy type allowed nothing
 */
public record Decision(
    Verdict verdict,
    boolean explicitDeny,
    List<Evidence> evidence,
    List<String> unresolvedConditions,
    List<String> warnings,
    List<String> reasons) {

  public Decision {
    evidence = List.copyOf(evidence);
    unresolvedConditions = List.copyOf(unresolvedConditions);
    warnings = List.copyOf(warnings);
    reasons = List.copyOf(reasons);
  }

  public boolean allowed() {
    return verdict == Verdict.ALLOW;
  }

  static Decision deny(String reason, List<String> warnings) {
    return new Decision(Verdict.DENY, false, List.of(), List.of(), warnings, List.of(reason));
  }
}
