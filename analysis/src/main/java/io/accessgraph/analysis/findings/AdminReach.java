package io.accessgraph.analysis.findings;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.NodeKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * For every node that can reach an administrator: one shortest route per account whose admin it
 * reaches. Searched backwards from each account's administrators (and its "admin of" node), never
 * forwards from every source: the cost is the size of what reaches admin, not principals times the
 * graph. A route without conditions is preferred to a shorter conditional one.
 */
final class AdminReach {
  /** A path from a source to an administrator (or "admin of" node) of {@code account}. */
  record Route(String account, String target, List<AccessEdge> path) {
    int hops() {
      return path.size();
    }

    boolean conditional() {
      return path.stream().anyMatch(AccessEdge::conditional);
    }
  }

  private static final Comparator<Route> BEST =
      Comparator.comparing(Route::conditional)
          .thenComparingInt(Route::hops)
          .thenComparing(Route::account);

  private final Map<String, List<Route>> routes;

  private AdminReach(Map<String, List<Route>> routes) {
    this.routes = routes;
  }

  static AdminReach of(AccessGraph graph, int maxHops) {
    Map<String, Set<String>> targetsByAccount = new TreeMap<>();
    for (AccessNode node : graph.nodes()) {
      boolean target =
          node.kind() == NodeKind.ACCOUNT_ADMIN || (node.admin() && node.accountId() != null);
      if (target && node.accountId() != null) {
        targetsByAccount.computeIfAbsent(node.accountId(), a -> new TreeSet<>()).add(node.arn());
      }
    }
    Map<String, List<Route>> routes = new HashMap<>();
    targetsByAccount.forEach(
        (account, targets) -> {
          Map<String, AccessEdge> firm = search(graph, targets, false, maxHops);
          Map<String, AccessEdge> any = search(graph, targets, true, maxHops);
          for (String source : any.keySet()) {
            Map<String, AccessEdge> next = firm.containsKey(source) ? firm : any;
            routes
                .computeIfAbsent(source, s -> new ArrayList<>())
                .add(route(account, source, targets, next));
          }
        });
    routes.values().forEach(list -> list.sort(BEST));
    return new AdminReach(routes);
  }

  /** The best route to any administrator: unconditional first, then fewest hops. */
  Optional<Route> best(String source) {
    List<Route> list = routes.get(source);
    return list == null ? Optional.empty() : Optional.of(list.get(0));
  }

  /** One route per account whose admin the source reaches, best first. */
  List<Route> all(String source) {
    return routes.getOrDefault(source, List.of());
  }

  /**
   * Backwards breadth-first search from the targets: each node reached, with the first edge of its
   * shortest path towards a target. The targets themselves are not in the result.
   */
  private static Map<String, AccessEdge> search(
      AccessGraph graph, Set<String> targets, boolean includeConditional, int maxHops) {
    Map<String, Integer> depth = new HashMap<>();
    Map<String, AccessEdge> next = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    for (String t : targets) {
      depth.put(t, 0);
      queue.add(t);
    }
    while (!queue.isEmpty()) {
      String at = queue.poll();
      int d = depth.get(at);
      if (d >= maxHops) {
        continue;
      }
      for (AccessEdge edge : graph.incoming(at)) {
        if ((includeConditional || !edge.conditional()) && !depth.containsKey(edge.from())) {
          depth.put(edge.from(), d + 1);
          next.put(edge.from(), edge);
          queue.add(edge.from());
        }
      }
    }
    return next;
  }

  private static Route route(
      String account, String source, Set<String> targets, Map<String, AccessEdge> next) {
    List<AccessEdge> path = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String at = source;
    while (!targets.contains(at) && seen.add(at)) {
      AccessEdge edge = next.get(at);
      path.add(edge);
      at = edge.to();
    }
    return new Route(account, at, path);
  }
}
