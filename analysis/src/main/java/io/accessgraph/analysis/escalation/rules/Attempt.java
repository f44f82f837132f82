package io.accessgraph.analysis.escalation.rules;

import io.accessgraph.analysis.policy.Decision;
import io.accessgraph.analysis.policy.Verdict;

/**
 * One decision for a permission and the resource and region it was asked for.
 *
 * @param region the aws:RequestedRegion chosen for the attacker (a region-limiting SCP or policy
 *     made it matter), or null when none was chosen
 */
record Attempt(String action, String resource, String region, Decision decision) {
  boolean denied() {
    return decision.verdict() == Verdict.DENY;
  }

  boolean allowed() {
    return decision.verdict() == Verdict.ALLOW;
  }

  /** ALLOW beats CONDITIONAL beats DENY. */
  boolean betterThan(Attempt other) {
    return other == null || rank() > other.rank();
  }

  private int rank() {
    return switch (decision.verdict()) {
      case ALLOW -> 2;
      case CONDITIONAL -> 1;
      case DENY -> 0;
    };
  }
}
