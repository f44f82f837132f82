package io.accessgraph.api.query;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.api.view.MethodDescription;

/** Explains an edge's method (name, permissions, attacker steps, fix); null when unknown. */
@FunctionalInterface
public interface MethodDescriber {
  MethodDescriber NONE = edge -> null;

  MethodDescription describe(AccessEdge edge);
}
