package io.accessgraph.analysis.policy;

/**
 * What a request acts on: the action, the resource and its account, and the resource-based policy
 * that governs it, if any.
 *
 * @param facts the resource's account and tags, looked up when needed
 * @param resourcePolicy the resource-based (or trust) policy, or null
 * @param resourcePolicyRequired true for role trust policies (and KMS key policies): the resource
 *     policy must allow, the identity side alone never suffices
 */
record Target(
    ActionName name,
    String resource,
    ResourceFacts facts,
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

  String resourceAccount() {
    return facts.account();
  }

  /** TRUST or RESOURCE, the kind of the resource policy. */
  PolicyKind resourceKind() {
    return resourcePolicy.kind();
  }
}
