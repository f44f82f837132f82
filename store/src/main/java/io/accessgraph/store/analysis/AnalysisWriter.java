package io.accessgraph.store.analysis;

import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.store.analysis.AnalysisState.Current;
import io.accessgraph.store.analysis.AnalysisState.Slot;
import io.accessgraph.store.schema.ExternalAccounts;
import io.accessgraph.store.schema.NodeLabel;
import io.accessgraph.store.schema.RelType;
import io.accessgraph.store.schema.Sessions;
import io.accessgraph.store.schema.Unwind;
import io.accessgraph.store.schema.WriteCounts;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Replaces the stored analysis result with a new version without any transaction having to hold it
 * all (at 200 accounts x 1,000 principals the edges alone exceed embedded Neo4j's 2 GiB transaction
 * cap, at 500 x 1,000 so do the node flags):
 *
 * <ol>
 *   <li>the nodes get the new version's flags in the free slot of properties ({@link
 *       AnalysisState.Slot}), and nodes the raw data lacks (external accounts, services,
 *       AccountAdmin) are created;
 *   <li>the edges, and ADMIN_OF from every admin to its account's AccountAdmin node, are created
 *       tagged with the new version;
 *   <li>one small transaction moves the {@link AnalysisState} pointer: readers go from the old
 *       result to the new one at once;
 *   <li>the user-facing flags ({@code :Analyzed}, {@code admin}, {@code graphName}, for Cypher
 *       users) are brought in line, and the old version's edges, flags and nodes are removed.
 * </ol>
 *
 * Steps 1, 2 and 4 commit {@link #EDGES_PER_TRANSACTION} rows per transaction by default. A crash
 * before step 3 leaves the previous result current and readable; the next write removes the
 * leftovers first. One writer at a time: the pipeline analyses serially.
 */
public final class AnalysisWriter {
  public static final int EDGES_PER_TRANSACTION = Unwind.ROWS_PER_TRANSACTION;

  /**
   * Hears about each committed transaction of the new version before it is current, e.g. to draw
   * progress. An exception thrown here aborts the write and leaves the previous version current.
   */
  public interface Progress {
    Progress NONE = (what, rows) -> {};

    /** {@code rows} rows of the new version were committed; {@code what}: nodes, edges, admins. */
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
    try (Session session = Sessions.open(driver)) {
      Current current = session.executeRead(AnalysisState::current);
      Current next =
          new Current(
              UUID.randomUUID().toString(), current == null ? Slot.A : current.slot().other());
      Map<String, Object> versionParam = Map.of("version", next.version());
      WriteCounts c = StaleAnalysis.remove(session, current);
      for (var group : rows.nodes().entrySet()) {
        c =
            c.plus(
                inParts(
                    session,
                    nodeQuery(group.getKey(), next.slot()),
                    group.getValue(),
                    versionParam,
                    "nodes"));
      }
      for (var group : rows.edges().entrySet()) {
        c =
            c.plus(
                inParts(
                    session, edgeQuery(group.getKey()), group.getValue(), versionParam, "edges"));
      }
      for (var group : rows.admins().entrySet()) {
        c =
            c.plus(
                inParts(
                    session,
                    adminOfQuery(group.getKey()),
                    group.getValue(),
                    versionParam,
                    "admins"));
      }
      c =
          c.plus(
              session.executeWrite(
                  tx ->
                      AnalysisState.moveTo(tx, next, rows.nodeCount(), rows.edgeCount())
                          .plus(ExternalAccounts.refresh(tx))));
      c = c.plus(mirror(session, next));
      return c.plus(StaleAnalysis.remove(session, next));
    }
  }

  private WriteCounts inParts(
      Session session,
      String query,
      List<Map<String, Object>> rows,
      Map<String, Object> params,
      String what) {
    return Unwind.inTransactions(
        session, query, rows, rowsPerTransaction, params, n -> progress.committed(what, n));
  }

  /** The flags Cypher users query, copied from the now current slot. */
  private static WriteCounts mirror(Session session, Current current) {
    Slot slot = current.slot();
    Map<String, Object> params = Map.of("version", current.version());
    WriteCounts c =
        Unwind.autoCommit(
            session,
            "MATCH (n) WHERE n."
                + slot.versionKey()
                + " = $version CALL (n) { SET n:Analyzed, n.admin = n."
                + slot.adminKey()
                + ", n.graphName = n."
                + slot.nameKey()
                + " }"
                + Unwind.IN_TRANSACTIONS,
            params);
    return c.plus(
        Unwind.autoCommit(
            session,
            "MATCH (n:Analyzed) WHERE coalesce(n."
                + slot.versionKey()
                + ", '') <> $version CALL (n) { REMOVE n:Analyzed, n.admin, n.graphName }"
                + Unwind.IN_TRANSACTIONS,
            params));
  }

  private static String nodeQuery(NodeLabel label, Slot slot) {
    return "UNWIND $rows AS row MERGE (n:"
        + label.label()
        + " {"
        + label.key()
        + ": row.key}) ON CREATE SET n.analysisVersion = $version"
        + " SET n.arn = row.arn, n.accountId = coalesce(n.accountId, row.accountId),"
        + " n.name = coalesce(n.name, row.name), n."
        + slot.versionKey()
        + " = $version, n."
        + slot.adminKey()
        + " = row.admin, n."
        + slot.nameKey()
        + " = row.name";
  }

  /** Every admin points to its account's AccountAdmin node. */
  private static String adminOfQuery(NodeLabel label) {
    return "UNWIND $rows AS row MATCH (n:"
        + label.label()
        + " {"
        + label.key()
        + ": row.key}) MERGE (x:"
        + NodeLabel.ACCOUNT_ADMIN.label()
        + " {accountId: row.accountId})"
        + " ON CREATE SET x.name = 'admin of ' + row.accountId, x.analysisVersion = $version"
        + " CREATE (n)-[:"
        + RelType.ADMIN_OF
        + " {version: $version}]->(x)";
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
}
