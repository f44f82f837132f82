package io.accessgraph.store.analysis;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.EdgeKind;
import io.accessgraph.store.schema.RelType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/** Reads the stored analysis result back: nodes by ARN, edges by (from, to, kind, method). */
public final class AnalysisReader {
  private final Driver driver;

  public AnalysisReader(Driver driver) {
    this.driver = driver;
  }

  public AccessGraphData read() {
    try (Session session = driver.session()) {
      return session.executeRead(AnalysisReader::read);
    }
  }

  private static AccessGraphData read(SimpleQueryRunner tx) {
    List<AccessNode> nodes =
        tx
            .run(
                "MATCH (n:Analyzed) RETURN n.arn AS arn, labels(n) AS labels,"
                    + " n.accountId AS accountId, n.graphName AS name,"
                    + " coalesce(n.admin, false) AS admin")
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
                      + "]->(b) RETURN a.arn AS from, b.arn AS to, r AS rel",
                  Map.of())
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
