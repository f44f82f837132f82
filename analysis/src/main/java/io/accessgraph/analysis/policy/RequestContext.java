package io.accessgraph.analysis.policy;

import io.accessgraph.analysis.policy.condition.ContextKeys;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The condition keys of one request: what the caller passed (wins), what the principal fixes, and
 * what the target resource fixes (aws:ResourceAccount, its org, tags of ingested roles and users).
 * Anything else is request-time and unknown.
 */
final class RequestContext implements ContextKeys {
  private final Caller caller;
  private final Map<String, String> given;
  private Map<String, String> lowerGiven;
  private Boolean givenPrincipalKey;
  private final Org org;
  private final ResourceFacts resource;

  /**
   * @param resource the target's account and tags (null tags: not an ingested entity, unknown)
   */
  RequestContext(Caller caller, Map<String, String> given, ResourceFacts resource, Org org) {
    this.caller = caller;
    this.given = given;
    this.org = org;
    this.resource = resource;
  }

  /** Lower-cased on first use: most requests carry no keys, most decisions look none up. */
  private Map<String, String> lowerGiven() {
    if (lowerGiven == null) {
      lowerGiven = lowerKeys(given);
    }
    return lowerGiven;
  }

  private static Map<String, String> lowerKeys(Map<String, String> in) {
    Map<String, String> out = new HashMap<>();
    in.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
    return out;
  }

  /**
   * The caller's key map, unless the request passes a key that could stand in for one of the
   * principal's (the caller's values win): other request keys do not change what principal
   * variables resolve to.
   */
  @Override
  public Object principalScope() {
    if (given.isEmpty()) {
      return caller.keys();
    }
    if (givenPrincipalKey == null) {
      boolean any = false;
      for (String key : lowerGiven().keySet()) {
        any |= PrincipalKeys.mayHold(key);
      }
      givenPrincipalKey = any;
    }
    return givenPrincipalKey ? null : caller.keys();
  }

  @Override
  public List<String> lookup(String key) {
    if (!given.isEmpty()) {
      String v = lowerGiven().get(key);
      if (v != null) {
        return List.of(v);
      }
    }
    List<String> fixed = PrincipalKeys.mayHold(key) ? caller.keys().get(key) : null;
    if (fixed != null) {
      return fixed;
    }
    if (key.startsWith("aws:resource")) {
      return resourceKey(key);
    }
    if (key.startsWith("iam:resourcetag/")) {
      return tag(key.substring("iam:resourcetag/".length()));
    }
    return caller.absentKeysKnown() && PrincipalKeys.knownWhenAbsent(key) ? List.of() : null;
  }

  private List<String> resourceKey(String key) {
    String resourceAccount = resource.account();
    if (key.equals("aws:resourceaccount")) {
      return resourceAccount == null ? null : List.of(resourceAccount);
    }
    if (key.equals("aws:resourceorgid")) {
      return resourceAccount == null
          ? null
          : org.isMember(resourceAccount) ? List.of(org.orgId()) : List.of();
    }
    if (key.equals("aws:resourceorgpaths")) {
      return resourceAccount == null
          ? null
          : org.isMember(resourceAccount) ? List.of(org.orgPath(resourceAccount)) : List.of();
    }
    if (key.startsWith("aws:resourcetag/")) {
      return tag(key.substring("aws:resourcetag/".length()));
    }
    return null;
  }

  private List<String> tag(String lowerTagKey) {
    Map<String, String> resourceTags = resource.tags();
    if (resourceTags == null) {
      return null;
    }
    for (Map.Entry<String, String> e : resourceTags.entrySet()) {
      if (e.getKey().equalsIgnoreCase(lowerTagKey)) {
        return List.of(e.getValue());
      }
    }
    return List.of();
  }
}
