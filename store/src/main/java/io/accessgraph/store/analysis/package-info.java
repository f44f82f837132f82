/**
 * The analysis result in the graph: derived edges (relationship types named as {@link
 * io.accessgraph.analysis.graph.EdgeKind}), admin flags, and one AccountAdmin node per account that
 * every admin points to, so "who can become admin of X" is one inbound query. Each analysis writes
 * a new version in bounded transactions and then makes it current at once (see {@link
 * io.accessgraph.store.analysis.AnalysisWriter}); derived edges carry their {@code version}, node
 * flags live in one of two slots of properties, and the {@code AnalysisState} node names the
 * current version and slot. {@code :Analyzed}, {@code admin} and {@code graphName} mirror the
 * current slot for Cypher users.
 */
package io.accessgraph.store.analysis;
