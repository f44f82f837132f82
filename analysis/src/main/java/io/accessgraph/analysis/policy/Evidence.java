package io.accessgraph.analysis.policy;

import io.accessgraph.model.policy.Effect;

/**
 * A statement that decided (or could decide) a request.
 *
 * @param policy managed policy ARN, {@code <owner ARN>#inline:<name>}, {@code <role ARN>#trust},
 *     SCP/RCP ARN, or {@code resource-policy}
 * @param sid null when the statement has none
 * @param action the action the statement was consulted for
 */
public record Evidence(
    String policy, PolicyKind kind, int statementIndex, String sid, Effect effect, String action) {

  /** E.g. {@code sts:AssumeRole allowed by arn:aws:iam::1:policy/Deploy statement 0 (Sid X)}. */
  @Override
  public String toString() {
    return action
        + (effect == Effect.ALLOW ? " allowed by " : " denied by ")
        + policy
        + " statement "
        + statementIndex
        + (sid == null ? "" : " (Sid " + sid + ")");
  }
}
