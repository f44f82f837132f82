package io.accessgraph.analysis.graph;

/**
 * Limits for one traversal.
 *
 * @param maxHops the longest path considered
 * @param includeConditional whether edges that hold only under request-time conditions are followed
 *     (they are marked on the result either way)
 */
public record TraversalOptions(int maxHops, boolean includeConditional) {
  public static final int DEFAULT_MAX_HOPS = 8;

  public TraversalOptions {
    if (maxHops < 1) {
      throw new IllegalArgumentException("maxHops must be at least 1, was " + maxHops);
    }
  }

  public static TraversalOptions defaults() {
    return new TraversalOptions(DEFAULT_MAX_HOPS, true);
  }

  boolean follows(AccessEdge edge) {
    return includeConditional || !edge.conditional();
  }
}
