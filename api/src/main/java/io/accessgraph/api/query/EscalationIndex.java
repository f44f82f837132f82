package io.accessgraph.api.query;

import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.NodeKind;
import io.accessgraph.analysis.graph.Reach;
import io.accessgraph.analysis.graph.TraversalOptions;
import io.accessgraph.api.view.Escalation;
import io.accessgraph.api.view.PathStep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every principal and instance that is not admin but reaches an admin, with its shortest path to
 * the nearest admin. One inbound search from all admins at once; the result is kept per traversal
 * option for the life of the graph version, so the organization tree and repeated reviews are
 * cheap.
 */
final class EscalationIndex {
  private final AccessGraph graph;
  private final Map<TraversalOptions, List<Entry>> byOptions = new ConcurrentHashMap<>();

  /** An escalation with the principal's account, for filtering. */
  record Entry(String account, Escalation escalation) {}

  EscalationIndex(AccessGraph graph) {
    this.graph = graph;
  }

  List<Entry> all(TraversalOptions options) {
    return byOptions.computeIfAbsent(options, this::compute);
  }

  private List<Entry> compute(TraversalOptions options) {
    List<String> admins = new ArrayList<>();
    for (AccessNode node : graph.nodes()) {
      if (node.admin() && node.kind() != NodeKind.ACCOUNT_ADMIN) {
        admins.add(node.arn());
      }
    }
    List<Entry> out = new ArrayList<>();
    for (Reach reach : Traversals.reachingAny(graph, admins, options)) {
      AccessNode node = reach.node();
      if (node.admin() || node.kind() == NodeKind.ACCOUNT_ADMIN) {
        continue;
      }
      out.add(
          new Entry(
              node.accountId(),
              new Escalation(
                  node.arn(), reach.path().target(), reach.hops(), PathStep.of(reach.path()))));
    }
    out.sort(
        Comparator.comparing((Entry e) -> e.escalation().hops())
            .thenComparing(e -> e.escalation().principal()));
    return List.copyOf(out);
  }
}
