package io.accessgraph.api.query;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.analysis.graph.AccessPath;
import io.accessgraph.analysis.graph.Reach;
import io.accessgraph.analysis.graph.TraversalOptions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inbound breadth-first search from several targets at once: one pass answers "who reaches any of
 * these, and by which shortest path", instead of one search per target.
 */
final class Traversals {
  private Traversals() {}

  /**
   * Every node (other than the targets) that reaches one of {@code targets}, nearest first, each
   * with one shortest path from it to the nearest target.
   */
  static List<Reach> reachingAny(
      AccessGraph graph, Collection<String> targets, TraversalOptions options) {
    Set<String> targetSet = new HashSet<>(targets);
    Map<String, AccessEdge> next = new HashMap<>();
    Map<String, Integer> depth = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    for (String t : targetSet) {
      depth.put(t, 0);
      queue.add(t);
    }
    List<String> order = new ArrayList<>();
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
      for (AccessEdge e : graph.incoming(at)) {
        if ((options.includeConditional() || !e.conditional()) && !depth.containsKey(e.from())) {
          depth.put(e.from(), d + 1);
          next.put(e.from(), e);
          order.add(e.from());
          queue.add(e.from());
        }
      }
    }
    List<Reach> result = new ArrayList<>(order.size());
    for (String arn : order) {
      List<AccessEdge> path = new ArrayList<>();
      for (String at = arn; !targetSet.contains(at); ) {
        AccessEdge e = next.get(at);
        path.add(e);
        at = e.to();
      }
      result.add(new Reach(graph.node(arn).orElseThrow(), new AccessPath(path)));
    }
    return result;
  }
}
