package io.accessgraph.analysis.escalation.rules;

import io.accessgraph.analysis.graph.AccessEdge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The edges found in one account, one per source and target: the first method found that holds
 * without conditions, else the first conditional one that is not merely potential, else the first
 * potential one. One edge is what paths need; keeping every method between the same pair would
 * multiply the graph by the number of methods a powerful principal holds.
 */
final class EdgeSink {
  private final Map<String, Map<String, AccessEdge>> bySource = new LinkedHashMap<>();

  void offer(AccessEdge edge) {
    if (edge.from().equals(edge.to())) {
      return;
    }
    Map<String, AccessEdge> targets =
        bySource.computeIfAbsent(edge.from(), k -> new LinkedHashMap<>());
    AccessEdge kept = targets.get(edge.to());
    if (kept == null || rank(edge) > rank(kept)) {
      targets.put(edge.to(), edge);
    }
  }

  boolean has(String from, String to) {
    Map<String, AccessEdge> targets = bySource.get(from);
    return targets != null && targets.containsKey(to);
  }

  boolean hasUnconditional(String from, String to) {
    Map<String, AccessEdge> targets = bySource.get(from);
    AccessEdge kept = targets == null ? null : targets.get(to);
    return kept != null && !kept.conditional();
  }

  List<AccessEdge> edges() {
    List<AccessEdge> out = new ArrayList<>();
    bySource.values().forEach(t -> out.addAll(t.values()));
    return out;
  }

  /** Drops the edges the predicate marks as redundant. */
  void removeIf(Predicate<AccessEdge> redundant) {
    bySource.values().forEach(t -> t.values().removeIf(redundant));
  }

  private static int rank(AccessEdge e) {
    if (!e.conditional()) {
      return 2;
    }
    for (String c : e.conditions()) {
      if (c.startsWith(ExistingResources.POTENTIAL)) {
        return 0;
      }
    }
    return 1;
  }
}
