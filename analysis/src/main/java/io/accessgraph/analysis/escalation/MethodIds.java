package io.accessgraph.analysis.escalation;

/**
 * Method ids of the edges the analyzer itself derives (trust, instance roles, administrators).
 * Every id is also in {@link io.accessgraph.analysis.escalation.catalog.MethodCatalog}, which holds
 * the rule-found methods as well.
 */
public final class MethodIds {
  /** sts:AssumeRole with a trust policy that lets the caller in (pathfinding.cloud sts-001). */
  public static final String ASSUME_ROLE = "sts-001";

  /** Code on an EC2 instance (or SSRF to IMDS) holds the instance profile's role. */
  public static final String INSTANCE_ROLE = "ec2-instance-role";

  /** An identity of an OIDC provider (e.g. GitHub Actions) assumes the role with a web token. */
  public static final String OIDC_FEDERATION = "federation-oidc";

  /** An identity of a SAML provider (e.g. IAM Identity Center) assumes the role. */
  public static final String SAML_FEDERATION = "federation-saml";

  /** A role trusting the root of an account outside the snapshot: any principal there. */
  public static final String TRUST_ACCOUNT_ROOT = "trust-account-root";

  /** A role trusting "*": any AWS principal, unless a condition stops it. */
  public static final String TRUST_WILDCARD = "trust-wildcard";

  /** An administrator reaches its account's "admin of" node. */
  public static final String ADMIN = "admin";

  private MethodIds() {}
}
