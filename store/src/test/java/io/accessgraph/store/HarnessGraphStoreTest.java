package io.accessgraph.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/** The store contract against real Neo4j 5.26 in-process (neo4j-harness), over Bolt. */
class HarnessGraphStoreTest extends GraphStoreContract {
  private static Neo4j neo4j;
  private static GraphStore store;
  private static Driver driver;

  @BeforeAll
  static void start() {
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

  @AfterAll
  static void stop() {
    driver.close();
    store.close();
    neo4j.close();
  }

  @Override
  protected GraphStore store() {
    return store;
  }

  @Override
  protected Driver driver() {
    return driver;
  }
}
