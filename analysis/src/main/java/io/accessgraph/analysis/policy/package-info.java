/**
 * The policy evaluation engine: decides ALLOW, DENY or CONDITIONAL for a principal, action and
 * resource the way AWS documents it (explicit deny, SCPs and RCPs through the OU tree, permissions
 * boundaries, identity and resource-based policies, same- versus cross-account trust), with the
 * deciding statements as evidence. Entry point: {@link
 * io.accessgraph.analysis.policy.PolicyEngine}.
 */
package io.accessgraph.analysis.policy;
