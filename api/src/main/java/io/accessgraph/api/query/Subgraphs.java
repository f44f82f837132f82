package io.accessgraph.api.query;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.AccessPath;
import io.accessgraph.analysis.graph.Reach;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts drawable pieces out of the graph. Each stops collecting one node past {@code maxNodes}, so
 * the caller can tell the drawing is truncated without the whole piece ever being built.
 */
final class Subgraphs {
  private Subgraphs() {}

  /** The node and everything within {@code depth} hops in either direction. */
  static Subgraph around(AccessGraph graph, AccessNode center, int depth, int maxNodes) {
    Map<String, Integer> seen = new LinkedHashMap<>();
    seen.put(center.arn(), 0);
    Deque<String> queue = new ArrayDeque<>(List.of(center.arn()));
    while (!queue.isEmpty() && seen.size() <= maxNodes) {
      String at = queue.poll();
      int d = seen.get(at);
      if (d >= depth) {
        continue;
      }
      List<AccessEdge> edges = new ArrayList<>(graph.outgoing(at));
      edges.addAll(graph.incoming(at));
      for (AccessEdge e : edges) {
        String other = e.from().equals(at) ? e.to() : e.from();
        if (!seen.containsKey(other) && seen.size() <= maxNodes) {
          seen.put(other, d + 1);
          queue.add(other);
        }
      }
    }
    return induced(graph, seen.keySet());
  }

  /** The nodes and edges of the given paths. */
  static Subgraph of(AccessGraph graph, AccessNode source, Collection<AccessPath> paths) {
    Set<String> nodes = new LinkedHashSet<>(List.of(source.arn()));
    Map<AccessEdge, Boolean> edges = new LinkedHashMap<>();
    for (AccessPath path : paths) {
      for (AccessEdge e : path.edges()) {
        nodes.add(e.to());
        edges.put(e, true);
      }
    }
    return new Subgraph(nodesOf(graph, nodes), List.copyOf(edges.keySet()));
  }

  /** The source and what it reaches, with every edge between them. */
  static Subgraph reach(AccessGraph graph, AccessNode source, List<Reach> reached, int maxNodes) {
    Set<String> nodes = new LinkedHashSet<>(List.of(source.arn()));
    for (Reach r : reached) {
      if (nodes.size() > maxNodes) {
        break;
      }
      nodes.add(r.node().arn());
    }
    return induced(graph, nodes);
  }

  private static Subgraph induced(AccessGraph graph, Set<String> arns) {
    List<AccessEdge> edges = new ArrayList<>();
    for (String arn : arns) {
      for (AccessEdge e : graph.outgoing(arn)) {
        if (arns.contains(e.to())) {
          edges.add(e);
        }
      }
    }
    return new Subgraph(nodesOf(graph, arns), edges);
  }

  private static List<AccessNode> nodesOf(AccessGraph graph, Collection<String> arns) {
    List<AccessNode> out = new ArrayList<>(arns.size());
    for (String arn : arns) {
      graph.node(arn).ifPresent(out::add);
    }
    return out;
  }
}
