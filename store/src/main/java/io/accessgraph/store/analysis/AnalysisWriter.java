package io.accessgraph.store.analysis;

import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.store.schema.ExternalAccounts;
import io.accessgraph.store.schema.NodeLabel;
import io.accessgraph.store.schema.RelType;
import io.accessgraph.store.schema.Sessions;
import io.accessgraph.store.schema.Unwind;
import io.accessgraph.store.schema.WriteCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Replaces the stored analysis result with a new version without one transaction having to hold it
 * all (at 200 accounts x 1,000 principals the edges alone exceed embedded Neo4j's 2 GiB transaction
 * cap):
 *
 * <ol>
 *   <li>nodes the raw data lacks (external accounts, services, AccountAdmin) are created;
 *   <li>the edges are created tagged with the new version, {@link #EDGES_PER_TRANSACTION} per
 *       transaction by default, next to the current version's;
 *   <li>one transaction sets the node flags ({@code Analyzed}, {@code admin}, ADMIN_OF) and moves
 *       the {@link AnalysisState} pointer: readers go from the old result to the new one at once;
 *   <li>the old version's edges and nodes are removed in batches.
 * </ol>
 *
 * A crash before step 3 leaves the previous result current and readable; the next write removes the
 * leftovers first. One writer at a time: the pipeline analyses serially.
 */
public final class AnalysisWriter {
  public static final int EDGES_PER_TRANSACTION = 10_000;

  /**
   * Hears about each committed transaction of the new version before it is current, e.g. to draw
   * progress. An exception thrown here aborts the write and leaves the previous version current.
   */
  public interface Progress {
    Progress NONE = (what, rows) -> {};

    /** {@code rows} nodes or edges ({@code what}) of the new version were committed. */
    void committed(String what, int rows);
  }

  private final Driver driver;
  private final int rowsPerTransaction;
  private final Progress progress;

  public AnalysisWriter(Driver driver) {
    this(driver, EDGES_PER_TRANSACTION, Progress.NONE);
  }

  /**
   * @param rowsPerTransaction nodes or edges per transaction while the new version is written
   */
  public AnalysisWriter(Driver driver, int rowsPerTransaction, Progress progress) {
    if (rowsPerTransaction < 1) {
      throw new IllegalArgumentException("rowsPerTransaction must be at least 1");
    }
    this.driver = driver;
    this.rowsPerTransaction = rowsPerTransaction;
    this.progress = progress;
  }

  public WriteCounts write(AccessGraphData data) {
    AnalysisRows rows = AnalysisRows.of(data);
    String version = UUID.randomUUID().toString();
    Map<String, Object> versionParam = Map.of("version", version);
    try (Session session = Sessions.open(driver)) {
      WriteCounts c = StaleAnalysis.remove(session, session.executeRead(AnalysisState::current));
      for (var group : rows.nodes().entrySet()) {
        for (List<Map<String, Object>> part : parts(group.getValue())) {
          c =
              c.plus(
                  session.executeWrite(
                      tx -> Unwind.run(tx, createQuery(group.getKey()), part, versionParam)));
          progress.committed("nodes", part.size());
        }
      }
      for (var group : rows.edges().entrySet()) {
        for (List<Map<String, Object>> part : parts(group.getValue())) {
          c =
              c.plus(
                  session.executeWrite(
                      tx -> Unwind.run(tx, edgeQuery(group.getKey()), part, versionParam)));
          progress.committed("edges", part.size());
        }
      }
      c = c.plus(session.executeWrite(tx -> makeCurrent(tx, rows, version)));
      return c.plus(StaleAnalysis.remove(session, version));
    }
  }

  private List<List<Map<String, Object>>> parts(List<Map<String, Object>> rows) {
    List<List<Map<String, Object>>> parts = new ArrayList<>();
    for (int from = 0; from < rows.size(); from += rowsPerTransaction) {
      parts.add(rows.subList(from, Math.min(rows.size(), from + rowsPerTransaction)));
    }
    return parts;
  }

  /** The flip: node flags of the new version, ADMIN_OF, and the pointer, in one transaction. */
  private static WriteCounts makeCurrent(SimpleQueryRunner tx, AnalysisRows rows, String version) {
    Map<String, Object> params = Map.of("version", version);
    WriteCounts c = WriteCounts.NONE;
    for (var group : rows.nodes().entrySet()) {
      c = c.plus(Unwind.run(tx, flagQuery(group.getKey()), group.getValue(), params));
    }
    c =
        c.plus(
            Unwind.once(
                tx,
                "MATCH (n:Analyzed) WHERE n.analysisVersion IS NULL OR n.analysisVersion <> $version"
                    + " REMOVE n:Analyzed, n.admin, n.graphName"
                    + " SET n.analysisVersion = coalesce(n.analysisVersion, 'unversioned')",
                params));
    c = c.plus(Unwind.once(tx, "MATCH ()-[r:" + RelType.ADMIN_OF + "]->() DELETE r", Map.of()));
    c = c.plus(adminOf(tx, params));
    c = c.plus(ExternalAccounts.refresh(tx));
    return c.plus(AnalysisState.moveTo(tx, version, rows.nodeCount(), rows.edgeCount()));
  }

  private static String createQuery(NodeLabel label) {
    return "UNWIND $rows AS row MERGE (n:"
        + label.label()
        + " {"
        + label.key()
        + ": row.key}) ON CREATE SET n.arn = row.arn, n.accountId = row.accountId,"
        + " n.name = row.name, n.analysisVersion = $version";
  }

  private static String flagQuery(NodeLabel label) {
    return "UNWIND $rows AS row MATCH (n:"
        + label.label()
        + " {"
        + label.key()
        + ": row.key}) SET n:Analyzed, n.analysisVersion = $version, n.arn = row.arn,"
        + " n.graphName = row.name, n.admin = row.admin,"
        + " n.accountId = coalesce(n.accountId, row.accountId),"
        + " n.name = coalesce(n.name, row.name)";
  }

  private static String edgeQuery(AnalysisRows.EdgeGroup group) {
    return "UNWIND $rows AS row MATCH (a:"
        + group.from().label()
        + " {"
        + group.from().key()
        + ": row.from}) MATCH (b:"
        + group.to().label()
        + " {"
        + group.to().key()
        + ": row.to}) CREATE (a)-[r:"
        + group.type()
        + "]->(b) SET r = row.props, r.version = $version";
  }

  /** Every admin points to its account's AccountAdmin node. */
  private static WriteCounts adminOf(SimpleQueryRunner tx, Map<String, Object> params) {
    return Unwind.once(
        tx,
        "MATCH (n:Analyzed) WHERE n.admin AND n.accountId IS NOT NULL AND NOT n:AccountAdmin"
            + " MERGE (x:AccountAdmin {accountId: n.accountId})"
            + " ON CREATE SET x.name = 'admin of ' + n.accountId, x.analysisVersion = $version"
            + " MERGE (n)-[:ADMIN_OF]->(x)",
        params);
  }
}
