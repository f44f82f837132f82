package io.accessgraph.analysis.policy;

import java.util.List;

/**
 * Whether a principal is allowed {@code *} on {@code *} after denies, its boundary and SCPs.
 *
 * @param verdict ALLOW: admin; CONDITIONAL: admin only under the unresolved conditions; DENY: not
 * @param evidence the statements that make it so: the all-covering Allows of every policy type that
 *     had to allow, or the all-covering Deny
 * @param limitations Denies that remove some actions but not all (an admin still, minus these)
 * @param reasons why not, when the verdict is DENY
 */
public record AdminVerdict(
    String principal,
    String account,
    Verdict verdict,
    List<Evidence> evidence,
    List<String> unresolvedConditions,
    List<String> limitations,
    List<String> warnings,
    List<String> reasons) {

  public AdminVerdict {
    evidence = List.copyOf(evidence);
    unresolvedConditions = List.copyOf(unresolvedConditions);
    limitations = List.copyOf(limitations);
    warnings = List.copyOf(warnings);
    reasons = List.copyOf(reasons);
  }

  /** True only for an unconditional ALLOW. */
  public boolean admin() {
    return verdict == Verdict.ALLOW;
  }
}
