package io.accessgraph.analysis.policy.compile;

/**
 * How a Principal element names the caller. The distinction matters in the same account: a
 * resource-based policy naming the caller itself grants access alone, naming the role ARN is still
 * limited by the role's permissions boundary, naming the account needs the identity side too.
 */
public enum PrincipalMatch {
  NONE,
  /** The account (root ARN or account id): the account delegates to its identity policies. */
  ACCOUNT,
  /** The role's ARN or unique id (or a wildcard) for a role session caller. */
  ROLE,
  /** The caller itself: user ARN or id, session ARN, service, provider, or a wildcard. */
  SELF
}
