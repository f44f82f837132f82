package io.accessgraph.api.view;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessPath;
import java.util.ArrayList;
import java.util.List;

/** One hop of a path in the compact form of issue #4: {"from","to","method","conditional"}. */
public record PathStep(String from, String to, String method, boolean conditional) {

  public static PathStep of(AccessEdge edge) {
    return new PathStep(edge.from(), edge.to(), edge.method(), edge.conditional());
  }

  public static List<PathStep> of(AccessPath path) {
    List<PathStep> steps = new ArrayList<>(path.hops());
    path.edges().forEach(e -> steps.add(of(e)));
    return steps;
  }
}
