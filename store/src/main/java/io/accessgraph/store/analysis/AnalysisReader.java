package io.accessgraph.store.analysis;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.EdgeKind;
import io.accessgraph.store.analysis.AnalysisState.Current;
import io.accessgraph.store.analysis.AnalysisState.Slot;
import io.accessgraph.store.schema.RelType;
import io.accessgraph.store.schema.Sessions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/**
 * Reads the current analysis version back: nodes by ARN, edges by (from, to, kind, method). Empty
 * when no analysis was ever completely written.
 */
public final class AnalysisReader {
  /** A read that overlaps a new version becoming current is read again, this many times at most. */
  private static final int ATTEMPTS = 3;

  private final Driver driver;

  public AnalysisReader(Driver driver) {
    this.driver = driver;
  }

  /** True when an analysis was completely written (it may be empty). */
  public boolean hasCurrent() {
    try (Session session = Sessions.open(driver)) {
      return session.executeRead(AnalysisState::current) != null;
    }
  }

  /**
   * @throws IllegalStateException when new versions kept becoming current while reading
   */
  public AccessGraphData read() {
    try (Session session = Sessions.open(driver)) {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        // Neo4j reads are read-committed: a version made current (and the old one removed) during
        // this read could mix the two, so the pointer is checked again afterwards.
        Current current = session.executeRead(AnalysisState::current);
        if (current == null) {
          return new AccessGraphData(List.of(), List.of());
        }
        AccessGraphData data = session.executeRead(tx -> read(tx, current));
        if (current.equals(session.executeRead(AnalysisState::current))) {
          return data;
        }
      }
    }
    throw new IllegalStateException(
        "the analysis in Neo4j changed " + ATTEMPTS + " times while being read; try again");
  }

  private static AccessGraphData read(SimpleQueryRunner tx, Current current) {
    Slot slot = current.slot();
    String version = current.version();
    List<AccessNode> nodes =
        tx
            .run(
                "MATCH (n) WHERE n."
                    + slot.versionKey()
                    + " = $version RETURN n.arn AS arn, labels(n) AS labels,"
                    + " n.accountId AS accountId, n."
                    + slot.nameKey()
                    + " AS name, coalesce(n."
                    + slot.adminKey()
                    + ", false) AS admin",
                Map.of("version", version))
            .list(
                r ->
                    new AccessNode(
                        r.get("arn").asString(null),
                        Kinds.kind(r.get("labels").asList(Value::asString)),
                        r.get("accountId").asString(null),
                        r.get("name").asString(null),
                        r.get("admin").asBoolean()))
            .stream()
            .sorted(Comparator.comparing(AccessNode::arn))
            .toList();
    List<AccessEdge> edges = new ArrayList<>();
    for (EdgeKind kind : EdgeKind.values()) {
      edges.addAll(
          tx.run(
                  "MATCH (a)-[r:"
                      + RelType.of(kind)
                      + "]->(b) WHERE r.version = $version"
                      + " RETURN a.arn AS from, b.arn AS to, r AS rel",
                  Map.of("version", version))
              .list(
                  r -> {
                    Value rel = r.get("rel");
                    return new AccessEdge(
                        r.get("from").asString(null),
                        r.get("to").asString(null),
                        kind,
                        rel.get("method").asString(null),
                        rel.get("conditional").asBoolean(false),
                        strings(rel.get("conditions")),
                        strings(rel.get("evidence")));
                  }));
    }
    edges.sort(
        Comparator.comparing(AccessEdge::from)
            .thenComparing(AccessEdge::to)
            .thenComparing(AccessEdge::kind)
            .thenComparing(AccessEdge::method, Comparator.nullsFirst(Comparator.naturalOrder())));
    return new AccessGraphData(nodes, edges);
  }

  private static List<String> strings(Value v) {
    return v.isNull() ? List.of() : v.asList(Value::asString);
  }
}
