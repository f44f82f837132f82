package io.accessgraph.api.server;

import io.accessgraph.api.query.AccessQueries;
import io.accessgraph.api.query.QueryLoader;
import io.accessgraph.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Holds the query service over the current graph version; replaced whole after each ingest so a
 * query sees one version from start to end. The snapshot, policy engine and indexes of a new
 * version are built in the background so the first requests after a start or an ingest are fast.
 */
@Service
public class GraphService {
  private static final Logger LOG = LoggerFactory.getLogger(GraphService.class);

  private final GraphStore store;
  private volatile AccessQueries queries;
  private volatile boolean ready;

  public GraphService(GraphStore store) {
    this.store = store;
    this.queries = load();
  }

  public AccessQueries queries() {
    return queries;
  }

  /** False while the current version's snapshot, policy engine and indexes are being built. */
  public boolean ready() {
    return ready;
  }

  /** Loads the stored graph again, e.g. after an ingest. */
  public void reload() {
    queries = load();
  }

  private AccessQueries load() {
    AccessQueries loaded = QueryLoader.load(store);
    ready = false;
    Thread warm =
        new Thread(
            () -> {
              try {
                loaded.warmUp();
              } catch (RuntimeException e) {
                LOG.warn("warming up the query indexes failed: {}", e.getMessage());
              } finally {
                if (queries == loaded || queries == null) {
                  ready = true;
                }
              }
            },
            "accessgraph-warm-up");
    warm.setDaemon(true);
    warm.start();
    return loaded;
  }
}
