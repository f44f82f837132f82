package io.accessgraph.api.query;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.analysis.graph.AccessPath;
import io.accessgraph.analysis.graph.TraversalOptions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The k shortest loop-free paths, shortest first, none longer than maxHops. One backward search
 * from the target gives every node's distance to it; then, for each length L from the shortest
 * upwards, a depth-first walk enumerates the paths of exactly L hops, stepping only to nodes from
 * which the target is still reachable in the hops left. So the walk never leaves the few nodes that
 * lie on short paths, where Yen's algorithm over the whole graph would run a full shortest-path
 * search per spur node; on a dense organization that is the difference between milliseconds and
 * seconds. Parallel edges (two methods between the same nodes) give distinct paths, as in {@link
 * AccessGraph#paths}.
 */
final class PathFinder {
  private PathFinder() {}

  /** As {@link AccessGraph#paths}; both nodes must be in the graph. */
  static List<AccessPath> paths(
      AccessGraph graph, String from, String to, int k, TraversalOptions options) {
    List<AccessPath> out = new ArrayList<>();
    if (from.equals(to)) {
      return out;
    }
    Map<String, Integer> toTarget = distancesTo(graph, to, options);
    Integer shortest = toTarget.get(from);
    if (shortest == null) {
      return out;
    }
    Walk walk = new Walk(graph, to, options, toTarget, k, out);
    for (int length = shortest; length <= options.maxHops() && out.size() < k; length++) {
      walk.run(from, length);
    }
    return out;
  }

  /** Hops from every node to {@code target}, up to maxHops. */
  private static Map<String, Integer> distancesTo(
      AccessGraph graph, String target, TraversalOptions options) {
    Map<String, Integer> depth = new HashMap<>();
    depth.put(target, 0);
    Deque<String> queue = new ArrayDeque<>(List.of(target));
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
        if (follows(options, e) && !depth.containsKey(e.from())) {
          depth.put(e.from(), d + 1);
          queue.add(e.from());
        }
      }
    }
    return depth;
  }

  private static boolean follows(TraversalOptions options, AccessEdge edge) {
    return options.includeConditional() || !edge.conditional();
  }

  /** Depth-first enumeration of the loop-free paths of one exact length. */
  private static final class Walk {
    private final AccessGraph graph;
    private final String target;
    private final TraversalOptions options;
    private final Map<String, Integer> toTarget;
    private final int k;
    private final List<AccessPath> out;
    private final Deque<AccessEdge> path = new ArrayDeque<>();
    private final Set<String> onPath = new HashSet<>();
    private int steps;

    Walk(
        AccessGraph graph,
        String target,
        TraversalOptions options,
        Map<String, Integer> toTarget,
        int k,
        List<AccessPath> out) {
      this.graph = graph;
      this.target = target;
      this.options = options;
      this.toTarget = toTarget;
      this.k = k;
      this.out = out;
    }

    void run(String from, int length) {
      onPath.add(from);
      step(from, length);
      onPath.remove(from);
    }

    private void step(String at, int left) {
      if ((++steps & 1023) == 0) {
        Interrupts.check();
      }
      for (AccessEdge e : graph.outgoing(at)) {
        if (out.size() >= k) {
          return;
        }
        Integer rest = toTarget.get(e.to());
        if (rest == null || rest > left - 1 || !follows(options, e) || onPath.contains(e.to())) {
          continue;
        }
        path.addLast(e);
        if (e.to().equals(target)) {
          if (left == 1) {
            out.add(new AccessPath(new ArrayList<>(path)));
          }
        } else if (left > 1) {
          onPath.add(e.to());
          step(e.to(), left - 1);
          onPath.remove(e.to());
        }
        path.removeLast();
      }
    }
  }
}
