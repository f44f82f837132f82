package io.accessgraph.ingest.synth;

import java.util.List;

/**
 * One planted answer in {@code _expected.json}.
 *
 * @param expect "path": the hops must be connected by edges of the given kinds and methods;
 *     "no-edge": there must be no edge of {@code edgeKinds.get(0)} from source to target
 * @param source an ARN, or "*" for "from any node"
 * @param hops for "path": source first, target last; empty for "no-edge"
 * @param edgeKinds for "path" one per hop step; for "no-edge" the forbidden kind
 * @param methods for "path" one method id per step; empty for "no-edge"
 */
record ExpectedCheck(
    String id,
    String kind,
    String expect,
    String account,
    String source,
    String target,
    List<String> hops,
    List<String> edgeKinds,
    List<String> methods,
    String description) {

  static ExpectedCheck path(
      String id,
      String kind,
      String account,
      List<String> hops,
      List<String> edgeKinds,
      List<String> methods,
      String description) {
    if (hops.size() != methods.size() + 1 || edgeKinds.size() != methods.size()) {
      throw new IllegalArgumentException(
          "check " + id + ": a path of " + hops.size() + " hops needs one method per step");
    }
    return new ExpectedCheck(
        id,
        kind,
        "path",
        account,
        hops.get(0),
        hops.get(hops.size() - 1),
        List.copyOf(hops),
        List.copyOf(edgeKinds),
        List.copyOf(methods),
        description);
  }

  static ExpectedCheck noEdge(
      String id,
      String kind,
      String account,
      String source,
      String target,
      String edgeKind,
      String description) {
    return new ExpectedCheck(
        id,
        kind,
        "no-edge",
        account,
        source,
        target,
        List.of(),
        List.of(edgeKind),
        List.of(),
        description);
  }
}
