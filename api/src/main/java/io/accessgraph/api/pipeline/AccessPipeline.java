package io.accessgraph.api.pipeline;

import io.accessgraph.analysis.escalation.AccessAnalyzer;
import io.accessgraph.analysis.findings.Finding;
import io.accessgraph.analysis.findings.FindingsAnalyzer;
import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.analysis.policy.PolicyEngine;
import io.accessgraph.model.snapshot.Snapshot;
import io.accessgraph.store.GraphStore;
import io.accessgraph.store.WriteReport;
import java.util.List;

/**
 * Ingest → store → analysis. The analysis always runs over everything stored, so re-ingesting one
 * account re-derives the edges of the whole organization from the accounts' last good data.
 */
public final class AccessPipeline {
  private final GraphStore store;

  public AccessPipeline(GraphStore store) {
    this.store = store;
  }

  /** Stores the snapshot (per-account replacement) and re-runs the analysis. */
  public IngestOutcome ingest(Snapshot snapshot) {
    WriteReport report = store.writeSnapshot(snapshot);
    AccessGraphData analysis = analyze();
    return new IngestOutcome(snapshot, report, analysis);
  }

  /** Re-derives the access graph and the findings from the stored raw data and stores both. */
  public AccessGraphData analyze() {
    Snapshot snapshot = store.readSnapshot();
    PolicyEngine engine = PolicyEngine.of(snapshot);
    AccessGraphData data = new AccessAnalyzer(snapshot, engine).analyze();
    store.writeAnalysis(data);
    store.writeFindings(FindingsAnalyzer.analyze(snapshot, engine, data));
    return data;
  }

  /** The stored findings, most severe first. */
  public List<Finding> loadFindings() {
    return store.readFindings();
  }

  /**
   * The stored access graph, ready for queries. A store without a complete analysis (an ingest that
   * stopped before storing it, or one written by an older release) is analysed first, so no query
   * ever answers from a missing result as if nothing were reachable.
   */
  public AccessGraph loadGraph() {
    if (!store.hasAnalysis()) {
      return AccessGraph.of(analyze());
    }
    return AccessGraph.of(store.readAnalysis());
  }

  /** What one ingest did. */
  public record IngestOutcome(Snapshot snapshot, WriteReport report, AccessGraphData analysis) {}
}
