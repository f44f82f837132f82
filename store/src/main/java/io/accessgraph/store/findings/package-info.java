/**
 * The access-review findings in the graph: one {@code Finding} node per finding (its stable id as
 * key, evidence as a list, the escalation path as JSON plus the ARNs along it) with an {@code
 * AFFECTS} relationship to the resource's node where it exists. Replaced as a whole, in one
 * transaction, each time the findings are computed.
 */
package io.accessgraph.store.findings;
