/**
 * The analysis result in the graph: derived edges (relationship types named as {@link
 * io.accessgraph.analysis.graph.EdgeKind}), admin flags, and one AccountAdmin node per account that
 * every admin points to, so "who can become admin of X" is one inbound query. Replaced as a whole
 * by each analysis, in one transaction.
 */
package io.accessgraph.store.analysis;
