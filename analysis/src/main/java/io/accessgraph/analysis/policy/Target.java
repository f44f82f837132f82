package io.accessgraph.analysis.policy;

import java.util.Map;

/**
 * What a request acts on: the action, the resource and its account, and the resource-based policy
 * that governs it, if any.
 *
 * @param resourceTags the resource's tags when it is an ingested entity, else null
 * @param resourcePolicy the resource-based (or trust) policy, or null
 * @param resourcePolicyRequired true for role trust policies (and KMS key policies): the resource
 *     policy must allow, the identity side alone never suffices
 */
record Target(
    ActionName name,
    String resource,
    String resourceAccount,
    Map<String, String> resourceTags,
    PolicySet resourcePolicy,
    boolean resourcePolicyRequired) {

  /** The action as written (trimmed), as evidence and reasons quote it. */
  String action() {
    return name.written;
  }

  String lowerAction() {
    return name.lower;
  }

  /** The lower-case service prefix of the action. */
  String service() {
    return name.service;
  }

  /** TRUST or RESOURCE, the kind of the resource policy. */
  PolicyKind resourceKind() {
    return resourcePolicy.kind();
  }
}
