package io.accessgraph.api.server;

import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.api.pipeline.AccessPipeline;
import io.accessgraph.store.GraphStore;
import org.springframework.stereotype.Service;

/** Holds the in-memory access graph that queries run on; reloaded after each ingest. */
@Service
public class GraphService {
  private final AccessPipeline pipeline;
  private volatile AccessGraph graph;

  public GraphService(GraphStore store) {
    this.pipeline = new AccessPipeline(store);
    this.graph = pipeline.loadGraph();
  }

  public AccessGraph graph() {
    return graph;
  }

  public void reload() {
    graph = pipeline.loadGraph();
  }
}
