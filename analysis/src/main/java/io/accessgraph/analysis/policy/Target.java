package io.accessgraph.analysis.policy;

import io.accessgraph.analysis.policy.compile.StatementIndex;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a request acts on: the action (as written and lower-cased), the resource and its account,
 * and the resource-based policy that governs it, if any.
 *
 * @param resourceTags the resource's tags when it is an ingested entity, else null
 * @param resourcePolicy the resource-based (or trust) policy, or null
 * @param resourcePolicyRequired true for role trust policies (and KMS key policies): the resource
 *     policy must allow, the identity side alone never suffices
 */
record Target(
    String action,
    String lowerAction,
    String service,
    String resource,
    String resourceAccount,
    Map<String, String> resourceTags,
    StatementIndex resourcePolicy,
    PolicyKind resourceKind,
    boolean resourcePolicyRequired) {

  /**
   * Written action to {trimmed, lower-case, service}: the same few actions are asked again and
   * again.
   */
  private static final Map<String, String[]> ACTIONS = new ConcurrentHashMap<>();

  private static String[] parse(String action) {
    String trimmed = action.trim();
    String lower = trimmed.toLowerCase(Locale.ROOT);
    int colon = lower.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException(
          "action '" + action + "' is not of the form service:Action");
    }
    return new String[] {trimmed, lower, lower.substring(0, colon)};
  }

  static Target of(
      String action,
      String resource,
      String resourceAccount,
      Map<String, String> resourceTags,
      StatementIndex resourcePolicy,
      PolicyKind resourceKind,
      boolean required) {
    String lower = action.trim().toLowerCase(Locale.ROOT);
    int colon = lower.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException(
          "action '" + action + "' is not of the form service:Action");
    }
    return new Target(
        action.trim(),
        lower,
        lower.substring(0, colon),
        resource,
        resourceAccount,
        resourceTags,
        resourcePolicy,
        resourceKind,
        required);
  }
}
