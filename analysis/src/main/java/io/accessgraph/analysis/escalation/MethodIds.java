package io.accessgraph.analysis.escalation;

/**
 * Method ids of the edges. Catalogued methods keep their pathfinding.cloud id; methods the catalog
 * lacks get a descriptive id of our own.
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

  private MethodIds() {}
}
