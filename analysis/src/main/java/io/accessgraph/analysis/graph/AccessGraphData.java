package io.accessgraph.analysis.graph;

import java.util.List;

/** The analysis result in plain data: what the store persists and the query engine loads. */
public record AccessGraphData(List<AccessNode> nodes, List<AccessEdge> edges) {
  public AccessGraphData {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }
}
