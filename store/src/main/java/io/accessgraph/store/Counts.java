package io.accessgraph.store;

import io.accessgraph.store.schema.NodeLabel;
import io.accessgraph.store.schema.RelType;
import io.accessgraph.store.schema.Sessions;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;

/** Counts nodes by label and relationships by type, from Neo4j's count store (cheap). */
final class Counts {
  private Counts() {}

  static StoreCounts read(Driver driver) {
    try (Session session = Sessions.open(driver)) {
      return session.executeRead(Counts::read);
    }
  }

  private static StoreCounts read(SimpleQueryRunner tx) {
    Map<String, Long> nodes = new HashMap<>();
    for (NodeLabel label : NodeLabel.values()) {
      long n = count(tx, "MATCH (n:" + label.label() + ") RETURN count(n) AS c");
      if (n > 0) {
        nodes.put(label.label(), n);
      }
    }
    Map<String, Long> rels = new HashMap<>();
    for (RelType type : RelType.values()) {
      long n = count(tx, "MATCH ()-[r:" + type + "]->() RETURN count(r) AS c");
      if (n > 0) {
        rels.put(type.name(), n);
      }
    }
    return new StoreCounts(
        nodes,
        rels,
        count(tx, "MATCH (n) RETURN count(n) AS c"),
        count(tx, "MATCH ()-[r]->() RETURN count(r) AS c"));
  }

  private static long count(SimpleQueryRunner tx, String query) {
    return tx.run(query).single().get("c").asLong();
  }
}
