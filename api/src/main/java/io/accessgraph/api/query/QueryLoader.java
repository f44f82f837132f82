package io.accessgraph.api.query;

import io.accessgraph.analysis.findings.FindingsAnalyzer;
import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.store.GraphStore;

/**
 * Loads the current version of the stored graph for querying. The snapshot is read from the store
 * only when a query first needs it, so the store must stay open while the returned service is used.
 */
public final class QueryLoader {
  private QueryLoader() {}

  /**
   * Findings are computed from this version's snapshot, engine and analysis on first use.
   * INTEGRATION POINT: once AccessPipeline.loadFindings() (stored findings) exists, read those
   * instead so the API shows exactly what the last analysis stored.
   */
  public static AccessQueries load(GraphStore store) {
    AccessGraphData data = store.readAnalysis();
    return new AccessQueries(
        AccessGraph.of(data),
        store::readSnapshot,
        (snapshot, engine) -> FindingRows.of(FindingsAnalyzer.analyze(snapshot, engine, data)),
        new CatalogMethods());
  }
}
