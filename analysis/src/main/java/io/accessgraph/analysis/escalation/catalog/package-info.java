/**
 * The escalation method catalog: one entry per method (pathfinding.cloud id where one exists, our
 * own id otherwise) with its permissions, whether it needs an existing resource, its description,
 * attacker steps as AWS CLI templates and its remediation. The query layer renders an edge with
 * {@link io.accessgraph.analysis.escalation.catalog.MethodCatalog#get(String)} and {@link
 * io.accessgraph.analysis.escalation.catalog.EscalationMethod#steps(
 * io.accessgraph.analysis.graph.AccessEdge)}.
 */
package io.accessgraph.analysis.escalation.catalog;
