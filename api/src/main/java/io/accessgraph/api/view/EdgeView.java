package io.accessgraph.api.view;

import io.accessgraph.analysis.graph.AccessEdge;
import java.util.List;

/** One edge of a result path. */
public record EdgeView(
    String from,
    String to,
    String kind,
    String method,
    boolean conditional,
    List<String> conditions,
    List<String> evidence) {

  public static EdgeView of(AccessEdge edge) {
    return new EdgeView(
        edge.from(),
        edge.to(),
        edge.kind().name(),
        edge.method(),
        edge.conditional(),
        edge.conditions(),
        edge.evidence());
  }
}
