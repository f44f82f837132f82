package io.accessgraph.analysis.graph;

/**
 * A node reached from (or reaching) a given node, with one shortest path between them.
 *
 * @param path from the source to {@code node} (outbound), or from {@code node} to the target
 *     (inbound)
 */
public record Reach(AccessNode node, AccessPath path) {
  public int hops() {
    return path.hops();
  }
}
