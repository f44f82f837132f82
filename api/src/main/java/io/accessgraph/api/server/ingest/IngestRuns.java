package io.accessgraph.api.server.ingest;

import io.accessgraph.api.server.GraphService;
import io.accessgraph.store.GraphStore;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Service;

/** Starts runs one at a time on a background thread and remembers the last ones. */
@Service
public class IngestRuns {
  static final int KEEP = 100;

  private final GraphStore store;
  private final GraphService graphs;
  private final Map<String, IngestRun> runs = new LinkedHashMap<>();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "accessgraph-ingest");
            t.setDaemon(true);
            return t;
          });

  public IngestRuns(GraphStore store, GraphService graphs) {
    this.store = store;
    this.graphs = graphs;
  }

  /**
   * @throws IllegalArgumentException when the request is invalid
   * @throws IngestRunConflictException when a run is still going
   */
  public synchronized IngestRunView start(IngestRequest request) {
    request.validate();
    for (IngestRun r : runs.values()) {
      if (!r.finished()) {
        throw new IngestRunConflictException(r.id());
      }
    }
    IngestRun run = new IngestRun(UUID.randomUUID().toString(), request.describe());
    runs.put(run.id(), run);
    while (runs.size() > KEEP) {
      runs.remove(runs.keySet().iterator().next());
    }
    worker.submit(new IngestJob(request, run, store, graphs::reload));
    return run.view();
  }

  /** Most recent first. */
  public synchronized List<IngestRunView> list() {
    List<IngestRunView> out = new ArrayList<>();
    runs.values().forEach(r -> out.add(0, r.view()));
    return out;
  }

  public synchronized IngestRunView get(String id) {
    IngestRun run = runs.get(id);
    if (run == null) {
      throw new UnknownIngestRunException(id);
    }
    return run.view();
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
