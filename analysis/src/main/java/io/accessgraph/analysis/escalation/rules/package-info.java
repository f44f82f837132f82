/**
 * The escalation rules and the indexes that keep them away from all pairs. {@link
 * io.accessgraph.analysis.escalation.rules.EscalationRules} runs every rule account by account:
 * sources are the principals whose identity policies may allow every action of a method (an index
 * by action), targets are the entities of the same account whose ARNs match the source's resource
 * patterns (an index by ARN prefix), and each (source, action, target) is then confirmed by the
 * policy engine, whose deciding statements become the edge's evidence.
 */
package io.accessgraph.analysis.escalation.rules;
