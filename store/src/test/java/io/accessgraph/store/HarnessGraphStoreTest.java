package io.accessgraph.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.neo4j.driver.Driver;

/** The store contract against real Neo4j 5.26 in-process (neo4j-harness), over Bolt. */
class HarnessGraphStoreTest extends GraphStoreContract {
  private static HarnessNeo4j neo4j;

  @BeforeAll
  static void start() {
    neo4j = new HarnessNeo4j();
  }

  @AfterAll
  static void stop() {
    neo4j.close();
  }

  @Override
  protected GraphStore store() {
    return neo4j.store();
  }

  @Override
  protected Driver driver() {
    return neo4j.driver();
  }
}
