package io.accessgraph.store.schema;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The one way the store opens sessions. They share the driver's bookmark manager, so on a Neo4j
 * cluster or Aura a read routed to a secondary waits until it has what an earlier write committed
 * (e.g. the analysis read back right after it was written); on a single server this costs nothing.
 */
public final class Sessions {
  private Sessions() {}

  public static Session open(Driver driver) {
    return driver.session(
        SessionConfig.builder()
            .withBookmarkManager(driver.executableQueryBookmarkManager())
            .build());
  }
}
