/**
 * The access graph: nodes are principals, instances and accounts; an edge A to B means "A can act
 * with B's permissions". Built from a snapshot by the analysis, persisted by the store, queried in
 * memory with JGraphT.
 */
package io.accessgraph.analysis.graph;
