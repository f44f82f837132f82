package io.accessgraph.store.schema;

import java.util.List;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** Creates the constraints and indexes of {@link NodeLabel}; safe to run on every start. */
public final class Schema {
  private Schema() {}

  /** Every schema statement, each with IF NOT EXISTS. */
  public static List<String> statements() {
    return Stream.of(NodeLabel.values()).flatMap(l -> l.schemaStatements().stream()).toList();
  }

  /** Creates what is missing and waits until the indexes are online. */
  public static void create(Driver driver) {
    try (Session session = Sessions.open(driver)) {
      // schema changes cannot share a transaction with each other's data: one auto-commit each
      for (String statement : statements()) {
        session.run(statement).consume();
      }
      session.run("CALL db.awaitIndexes(300)").consume();
    }
  }
}
