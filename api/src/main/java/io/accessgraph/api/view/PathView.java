package io.accessgraph.api.view;

import io.accessgraph.analysis.graph.AccessPath;
import java.util.List;

/** A path as the queries print it. */
public record PathView(int hops, boolean conditional, List<EdgeView> edges) {
  public static PathView of(AccessPath path) {
    return new PathView(
        path.hops(), path.conditional(), path.edges().stream().map(EdgeView::of).toList());
  }
}
