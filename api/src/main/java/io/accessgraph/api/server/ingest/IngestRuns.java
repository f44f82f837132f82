package io.accessgraph.api.server.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.accessgraph.api.server.GraphService;
import io.accessgraph.api.server.ServerSettings;
import io.accessgraph.store.GraphStore;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Service;

/**
 * Starts runs one at a time on a background thread and remembers the last {@link #KEEP}, also
 * across restarts ({@link IngestRunHistory}).
 */
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

  private final IngestRunHistory history;

  public IngestRuns(
      GraphStore store, GraphService graphs, ServerSettings settings, ObjectMapper json) {
    this.store = store;
    this.graphs = graphs;
    this.history = new IngestRunHistory(settings.dataDir(), json, KEEP);
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
    IngestJob job = new IngestJob(request, run, store, graphs::reload);
    history.save(run.view());
    worker.submit(
        () -> {
          try {
            job.run();
          } finally {
            history.save(run.view());
          }
        });
    return run.view();
  }

  /** Most recent first. */
  public synchronized List<IngestRunView> list() {
    Map<String, IngestRunView> all = new LinkedHashMap<>();
    history.runs().forEach(r -> all.put(r.id(), r));
    runs.values().forEach(r -> all.put(r.id(), r.view()));
    List<IngestRunView> out = new ArrayList<>(all.values());
    out.sort(Comparator.comparing(IngestRunView::startedAt).reversed());
    return out.subList(0, Math.min(KEEP, out.size()));
  }

  public synchronized IngestRunView get(String id) {
    IngestRun run = runs.get(id);
    if (run != null) {
      return run.view();
    }
    return history.runs().stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new UnknownIngestRunException(id));
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
