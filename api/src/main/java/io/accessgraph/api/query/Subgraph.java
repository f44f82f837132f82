package io.accessgraph.api.query;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessNode;
import java.util.List;

/** Nodes and the edges between them, for drawing; the first node is the one asked about. */
public record Subgraph(List<AccessNode> nodes, List<AccessEdge> edges) {}
