package io.accessgraph.store.analysis;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.store.schema.ExternalAccounts;
import io.accessgraph.store.schema.NodeLabel;
import io.accessgraph.store.schema.RelType;
import io.accessgraph.store.schema.Unwind;
import io.accessgraph.store.schema.WriteCounts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Replaces the previous analysis result with a new one in one transaction: readers see either the
 * old result or the new one, never a mix. Nodes the raw data lacks (external accounts, services)
 * are created; nodes that only the previous result needed are removed.
 */
public final class AnalysisWriter {
  private final Driver driver;

  public AnalysisWriter(Driver driver) {
    this.driver = driver;
  }

  public WriteCounts write(AccessGraphData data) {
    Map<String, NodeLabel> labelByArn = new HashMap<>();
    Map<String, String> keyByArn = new HashMap<>();
    Map<NodeLabel, List<Map<String, Object>>> nodeRows = new LinkedHashMap<>();
    for (AccessNode n : data.nodes()) {
      NodeLabel label = Kinds.label(n.kind());
      labelByArn.put(n.arn(), label);
      keyByArn.put(n.arn(), Kinds.key(n));
      Map<String, Object> row = new HashMap<>();
      row.put("key", Kinds.key(n));
      row.put("arn", n.arn());
      row.put("accountId", n.accountId());
      row.put("name", n.name());
      row.put("admin", n.admin() ? Boolean.TRUE : null);
      nodeRows.computeIfAbsent(label, l -> new ArrayList<>()).add(row);
    }
    Map<String, List<Map<String, Object>>> edgeRows = new LinkedHashMap<>();
    for (AccessEdge e : data.edges()) {
      NodeLabel from = endLabel(labelByArn, e, e.from());
      NodeLabel to = endLabel(labelByArn, e, e.to());
      Map<String, Object> props = new HashMap<>();
      props.put("method", e.method());
      props.put("conditional", e.conditional());
      props.put("conditions", e.conditions());
      props.put("evidence", e.evidence());
      Map<String, Object> row = new HashMap<>();
      row.put("from", keyByArn.get(e.from()));
      row.put("to", keyByArn.get(e.to()));
      row.put("props", props);
      edgeRows
          .computeIfAbsent(edgeQuery(RelType.of(e.kind()), from, to), q -> new ArrayList<>())
          .add(row);
    }
    try (Session session = driver.session()) {
      return session.executeWrite(
          tx -> {
            WriteCounts c = clear(tx);
            for (var g : nodeRows.entrySet()) {
              c = c.plus(Unwind.run(tx, nodeQuery(g.getKey()), g.getValue(), Map.of()));
            }
            for (var g : edgeRows.entrySet()) {
              c = c.plus(Unwind.run(tx, g.getKey(), g.getValue(), Map.of()));
            }
            c = c.plus(adminOf(tx));
            return c.plus(ExternalAccounts.refresh(tx));
          });
    }
  }

  private static NodeLabel endLabel(Map<String, NodeLabel> labels, AccessEdge e, String arn) {
    NodeLabel label = labels.get(arn);
    if (label == null) {
      throw new IllegalArgumentException(
          "analysis edge "
              + e.kind()
              + " "
              + e.from()
              + " -> "
              + e.to()
              + ": "
              + arn
              + " is not among the analysis nodes");
    }
    return label;
  }

  /** Removes the previous result and the nodes only it needed. */
  private static WriteCounts clear(SimpleQueryRunner tx) {
    WriteCounts c = WriteCounts.NONE;
    for (RelType type : RelType.derivedTypes()) {
      c = c.plus(Unwind.once(tx, "MATCH ()-[r:" + type + "]->() DELETE r", Map.of()));
    }
    c = c.plus(Unwind.once(tx, "MATCH (n:AccountAdmin) DETACH DELETE n", Map.of()));
    return c.plus(
        Unwind.once(
            tx,
            "MATCH (n:Analyzed) REMOVE n:Analyzed, n.admin, n.graphName"
                + " WITH n WHERE n.owner IS NULL AND NOT EXISTS { (n)--() }"
                + " AND NOT (n:Account AND (coalesce(n.member, false)"
                + " OR coalesce(n.ingested, false)))"
                + " DELETE n",
            Map.of()));
  }

  private static String nodeQuery(NodeLabel label) {
    return "UNWIND $rows AS row MERGE (n:"
        + label.label()
        + " {"
        + label.key()
        + ": row.key}) SET n:Analyzed, n.arn = row.arn, n.graphName = row.name,"
        + " n.admin = row.admin, n.accountId = coalesce(n.accountId, row.accountId),"
        + " n.name = coalesce(n.name, row.name)";
  }

  private static String edgeQuery(RelType type, NodeLabel from, NodeLabel to) {
    return "UNWIND $rows AS row MATCH (a:"
        + from.label()
        + " {"
        + from.key()
        + ": row.from}) MATCH (b:"
        + to.label()
        + " {"
        + to.key()
        + ": row.to}) CREATE (a)-[r:"
        + type
        + "]->(b) SET r = row.props";
  }

  /** Every admin points to its account's AccountAdmin node. */
  private static WriteCounts adminOf(SimpleQueryRunner tx) {
    return Unwind.once(
        tx,
        "MATCH (n:Analyzed) WHERE n.admin AND n.accountId IS NOT NULL AND NOT n:AccountAdmin"
            + " MERGE (x:AccountAdmin {accountId: n.accountId})"
            + " ON CREATE SET x.name = 'admin of ' + n.accountId"
            + " MERGE (n)-[:ADMIN_OF]->(x)",
        Map.of());
  }
}
