package io.accessgraph.analysis.policy.compile;

/**
 * Who makes a request, as resource-based and trust policies see it.
 *
 * @param arn the principal: user ARN, role ARN, root ARN, service name ({@code ec2.amazonaws.com})
 *     or identity provider ARN
 * @param sessionArn for a role, the assumed-role session ARN when known, else null
 * @param accountId the caller's account, null for service principals
 * @param uniqueId the AIDA/AROA id of users and roles, else null
 */
public record CallerIdentity(
    Kind kind, String arn, String sessionArn, String accountId, String uniqueId) {

  /** The kinds of caller a Principal element can name. */
  public enum Kind {
    USER,
    ROLE,
    ROOT,
    SERVICE,
    FEDERATED,
    /** Some principal of an account outside the snapshot. */
    EXTERNAL_ACCOUNT
  }

  public boolean isAwsPrincipal() {
    return kind == Kind.USER
        || kind == Kind.ROLE
        || kind == Kind.ROOT
        || kind == Kind.EXTERNAL_ACCOUNT;
  }
}
