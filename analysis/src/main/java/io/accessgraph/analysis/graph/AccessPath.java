package io.accessgraph.analysis.graph;

import java.util.List;

/** A path through the access graph: consecutive edges, the first starting at the source. */
public record AccessPath(List<AccessEdge> edges) {
  public AccessPath {
    edges = List.copyOf(edges);
  }

  public int hops() {
    return edges.size();
  }

  public boolean conditional() {
    return edges.stream().anyMatch(AccessEdge::conditional);
  }

  public String source() {
    return edges.isEmpty() ? null : edges.get(0).from();
  }

  public String target() {
    return edges.isEmpty() ? null : edges.get(edges.size() - 1).to();
  }
}
