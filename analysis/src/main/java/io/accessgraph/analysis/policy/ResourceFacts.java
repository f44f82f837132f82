package io.accessgraph.analysis.policy;

import java.util.Map;

/**
 * The target resource's account and, for ingested users and roles, its tags: worked out only when
 * the decision needs them (a condition on aws:ResourceAccount or a resource tag, RCPs, a resource
 * policy), which most decisions do not. One per request, not shared between threads.
 */
final class ResourceFacts {
  private final String arn;
  private final String givenAccount;
  private final String callerAccount;
  private final PrincipalIndex principals;
  private String account;
  private boolean accountKnown;
  private IamPrincipal entity;
  private boolean entityKnown;
  private Map<String, String> tags;

  private ResourceFacts(
      String arn, String givenAccount, String callerAccount, PrincipalIndex principals) {
    this.arn = arn;
    this.givenAccount = givenAccount;
    this.callerAccount = callerAccount;
    this.principals = principals;
  }

  /** For a request: the account as given, else from the ARN, else the caller's. */
  static ResourceFacts of(AccessRequest request, Caller caller, PrincipalIndex principals) {
    return new ResourceFacts(
        request.resourceArn(), request.resourceAccount(), caller.accountId(), principals);
  }

  /** For a resource already looked up, e.g. the role of {@code canAssume}. */
  static ResourceFacts known(String account, Map<String, String> tags) {
    ResourceFacts f = new ResourceFacts(null, account, null, null);
    f.account = account;
    f.accountKnown = true;
    f.entityKnown = true;
    f.tags = tags;
    return f;
  }

  /** Given, else from the ARN, else (S3 and other ARNs without an account) the caller's own. */
  String account() {
    if (!accountKnown) {
      if (givenAccount != null && !givenAccount.isBlank()) {
        account = givenAccount;
      } else {
        String fromArn = accountField(arn);
        account =
            fromArn == null || fromArn.isEmpty() || "aws".equals(fromArn) ? callerAccount : fromArn;
      }
      accountKnown = true;
    }
    return account;
  }

  /** The ingested user or role the ARN names, or null. */
  IamPrincipal entity() {
    if (!entityKnown) {
      entity = principals.byArn(arn);
      tags = entity == null ? null : entity.tags();
      entityKnown = true;
    }
    return entity;
  }

  /** The resource's tags when it is an ingested user or role, else null (unknown). */
  Map<String, String> tags() {
    entity();
    return tags;
  }

  /** The fifth field of an ARN, without exceptions or splitting. */
  private static String accountField(String arn) {
    if (!arn.startsWith("arn:")) {
      return null;
    }
    int at = 0;
    for (int field = 0; field < 4; field++) {
      at = arn.indexOf(':', at) + 1;
      if (at == 0) {
        return null;
      }
    }
    int end = arn.indexOf(':', at);
    return end < 0 ? null : arn.substring(at, end);
  }
}
