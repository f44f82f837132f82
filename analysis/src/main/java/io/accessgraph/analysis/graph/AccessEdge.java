package io.accessgraph.analysis.graph;

import java.util.List;

/**
 * A derived edge: {@code from} can act with {@code to}'s permissions.
 *
 * @param method the method id: a pathfinding.cloud id (e.g. {@code sts-001}) where one exists
 * @param conditional true when the edge holds only if request-time conditions hold
 * @param conditions the unresolved conditions that make it conditional
 * @param evidence one line per deciding statement, e.g. {@code sts:AssumeRole allowed by
 *     arn:aws:iam::111122223333:policy/Deploy statement 0 (Sid AssumeDeploy)}
 */
public record AccessEdge(
    String from,
    String to,
    EdgeKind kind,
    String method,
    boolean conditional,
    List<String> conditions,
    List<String> evidence) {
  public AccessEdge {
    conditions = List.copyOf(conditions);
    evidence = List.copyOf(evidence);
  }
}
