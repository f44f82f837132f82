package io.accessgraph.api.view;

import io.accessgraph.analysis.graph.AccessEdge;
import java.util.List;

/**
 * One edge with everything a person needs to judge it: the method, the statements that grant it,
 * its conditions, the attacker's steps and the fix. Method details are null when the method catalog
 * does not describe the method.
 */
public record EdgeView(
    String from,
    String to,
    String kind,
    String method,
    String methodName,
    boolean conditional,
    List<String> conditions,
    List<String> evidence,
    List<String> permissions,
    List<String> steps,
    String remediation) {

  public static EdgeView of(AccessEdge edge, MethodDescription method) {
    return new EdgeView(
        edge.from(),
        edge.to(),
        edge.kind().name(),
        edge.method(),
        method == null ? null : method.name(),
        edge.conditional(),
        edge.conditions(),
        edge.evidence(),
        method == null ? null : method.permissions(),
        method == null ? null : method.steps(),
        method == null ? null : method.remediation());
  }
}
