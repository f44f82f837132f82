package io.accessgraph.api.query;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.AccessPath;
import io.accessgraph.analysis.graph.TraversalOptions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * k shortest paths on the part of the graph that can lie on a path of at most maxHops: nodes within
 * d(source, v) + d(v, target) ≤ maxHops, edges u→v with d(source, u) + 1 + d(v, target) ≤ maxHops.
 * Every such path of the whole graph lies in that part, so the answer is the same, but Yen's
 * algorithm then runs its shortest-path searches over a few nodes instead of the whole
 * organization.
 */
final class PathFinder {
  private PathFinder() {}

  /** As {@link AccessGraph#paths}; both nodes must be in the graph. */
  static List<AccessPath> paths(
      AccessGraph graph, String from, String to, int k, TraversalOptions options) {
    Map<String, Integer> forward = depths(graph, from, options, true);
    if (!forward.containsKey(to)) {
      return List.of();
    }
    Map<String, Integer> backward = depths(graph, to, options, false);
    int max = options.maxHops();
    List<AccessNode> nodes = new ArrayList<>();
    List<AccessEdge> edges = new ArrayList<>();
    for (Map.Entry<String, Integer> f : forward.entrySet()) {
      Integer b = backward.get(f.getKey());
      if (b == null || f.getValue() + b > max) {
        continue;
      }
      nodes.add(graph.node(f.getKey()).orElseThrow());
      for (AccessEdge e : graph.outgoing(f.getKey())) {
        Integer rest = backward.get(e.to());
        if (rest != null && follows(options, e) && f.getValue() + 1 + rest <= max) {
          edges.add(e);
        }
      }
    }
    return AccessGraph.of(new AccessGraphData(nodes, edges)).paths(from, to, k, options);
  }

  /** Hops from (forward) or to (backward) {@code start}, up to maxHops. */
  private static Map<String, Integer> depths(
      AccessGraph graph, String start, TraversalOptions options, boolean forward) {
    Map<String, Integer> depth = new HashMap<>();
    depth.put(start, 0);
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    int visited = 0;
    while (!queue.isEmpty()) {
      if ((++visited & 1023) == 0) {
        Interrupts.check();
      }
      String at = queue.poll();
      int d = depth.get(at);
      if (d >= options.maxHops()) {
        continue;
      }
      for (AccessEdge e : forward ? graph.outgoing(at) : graph.incoming(at)) {
        String next = forward ? e.to() : e.from();
        if (follows(options, e) && !depth.containsKey(next)) {
          depth.put(next, d + 1);
          queue.add(next);
        }
      }
    }
    return depth;
  }

  private static boolean follows(TraversalOptions options, AccessEdge edge) {
    return options.includeConditional() || !edge.conditional();
  }
}
