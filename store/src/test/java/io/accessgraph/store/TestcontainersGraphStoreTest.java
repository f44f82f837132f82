package io.accessgraph.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The store contract against a Neo4j 5 server in Docker, with authentication on, as teams run it.
 * Skipped where there is no Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
class TestcontainersGraphStoreTest extends GraphStoreContract {
  private static final String PASSWORD = "accessgraph-test";

  @Container
  private static final Neo4jContainer<?> NEO4J =
      new Neo4jContainer<>("neo4j:5.26-community").withAdminPassword(PASSWORD);

  private static GraphStore store;
  private static Driver driver;

  @BeforeAll
  static void connect() {
    java.net.URI uri = java.net.URI.create(NEO4J.getBoltUrl());
    store = GraphStore.open(new StoreConfig(null, uri, "neo4j", PASSWORD, 0));
    driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", PASSWORD));
  }

  @AfterAll
  static void close() {
    driver.close();
    store.close();
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
