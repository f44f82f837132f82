package io.accessgraph.analysis.findings;

import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.analysis.policy.PolicyEngine;
import io.accessgraph.model.snapshot.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Computes the findings of an access review from a snapshot, the policy engine built on it and the
 * access graph the analysis derived from it. Deterministic: the same inputs give the same findings
 * in the same order (most severe first, then type, resource, id).
 */
public final class FindingsAnalyzer {
  private FindingsAnalyzer() {}

  /** The findings as of now (access key ages are counted up to this moment). */
  public static List<Finding> analyze(
      Snapshot snapshot, PolicyEngine engine, AccessGraphData graph) {
    return analyze(snapshot, engine, graph, Instant.now());
  }

  /**
   * @param now the moment access key ages are counted up to
   * @throws IllegalArgumentException when the graph has edges between nodes it does not hold
   */
  public static List<Finding> analyze(
      Snapshot snapshot, PolicyEngine engine, AccessGraphData graph, Instant now) {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(now, "now");
    Review review = new Review(snapshot, engine, graph, now);
    List<Finding> out = new ArrayList<>();
    new AdminFindings(review).addTo(out);
    new EscalationFindings(review).addTo(out);
    new TrustFindings(review).addTo(out);
    new OidcFindings(review).addTo(out);
    new InstanceFindings(review).addTo(out);
    new UserFindings(review).addTo(out);
    out.sort(Finding.ORDER);
    Set<String> ids = new HashSet<>();
    for (Finding f : out) {
      if (!ids.add(f.id())) {
        // ids key the stored findings: two findings with one id would be a bug here
        throw new IllegalStateException("two findings share the id " + f.id());
      }
    }
    return List.copyOf(out);
  }
}
