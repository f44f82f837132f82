package io.accessgraph.api.query;

import io.accessgraph.api.pipeline.AccessPipeline;
import io.accessgraph.store.GraphStore;

/**
 * Loads the current version of the stored graph for querying. The snapshot (and findings) are read
 * from the store only when a query first needs them, so the store must stay open while the returned
 * service is used.
 */
public final class QueryLoader {
  private QueryLoader() {}

  public static AccessQueries load(GraphStore store) {
    AccessPipeline pipeline = new AccessPipeline(store);
    return new AccessQueries(
        pipeline.loadGraph(), store::readSnapshot, FindingsSource.NONE, MethodDescriber.NONE);
  }
}
