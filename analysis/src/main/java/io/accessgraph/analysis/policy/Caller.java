package io.accessgraph.analysis.policy;

import io.accessgraph.analysis.policy.compile.CallerIdentity;
import java.util.List;
import java.util.Map;

/**
 * A resolved caller: who it is for Principal elements, its ingested policies when we have them, and
 * the condition keys it fixes.
 *
 * @param principal the ingested user or role (the role for a session), or null
 * @param absentKeysKnown true when a principal key missing from {@code keys} is known to be absent
 *     (false for callers of accounts outside the snapshot, about whom little is known)
 * @param warnings what the decision cannot know about this caller
 */
record Caller(
    CallerIdentity identity,
    IamPrincipal principal,
    Map<String, List<String>> keys,
    boolean absentKeysKnown,
    List<String> warnings) {

  boolean isRoot() {
    return identity.kind() == CallerIdentity.Kind.ROOT;
  }

  /** True when the caller's own account and policies are in the snapshot. */
  boolean identitySideKnown() {
    return principal != null || isRoot();
  }

  String accountId() {
    return identity.accountId();
  }

  boolean serviceLinkedRole() {
    return principal != null && principal.serviceLinked();
  }
}
