package io.accessgraph.api.query;

import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.api.pipeline.AccessPipeline;
import io.accessgraph.store.GraphStore;

/**
 * Loads the current version of the stored graph for querying: the access graph now; the snapshot
 * and the findings the last analysis stored when a query first needs them, so the store must stay
 * open while the returned service is used.
 */
public final class QueryLoader {
  private QueryLoader() {}

  public static AccessQueries load(GraphStore store) {
    AccessPipeline pipeline = new AccessPipeline(store);
    AccessGraph graph = pipeline.loadGraph();
    return new AccessQueries(
        graph,
        store::readSnapshot,
        (snapshot, engine) -> FindingRows.of(pipeline.loadFindings()),
        new CatalogMethods());
  }
}
