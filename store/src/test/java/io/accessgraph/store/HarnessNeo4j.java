package io.accessgraph.store;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Real Neo4j 5.26 in-process (neo4j-harness) with a GraphStore and a plain driver over its Bolt
 * port: one per test class.
 */
public final class HarnessNeo4j implements AutoCloseable {
  private final Neo4j neo4j;
  private final GraphStore store;
  private final Driver driver;

  public HarnessNeo4j() {
    neo4j =
        Neo4jBuilders.newInProcessBuilder()
            .withDisabledServer()
            .withConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
            // as the embedded launcher does: no 10 s wait for idle Bolt threads at close
            .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .build();
    store = GraphStore.open(new StoreConfig(null, neo4j.boltURI(), null, null, 0));
    driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
  }

  public GraphStore store() {
    return store;
  }

  public Driver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.close();
    store.close();
    neo4j.close();
  }
}
