package io.accessgraph.store.findings;

import io.accessgraph.analysis.findings.Finding;
import io.accessgraph.store.schema.NodeLabel;
import io.accessgraph.store.schema.RelType;
import io.accessgraph.store.schema.Sessions;
import io.accessgraph.store.schema.Unwind;
import io.accessgraph.store.schema.WriteCounts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Replaces every stored finding with the given ones without a transaction the size of the
 * organization (210,922 findings at 500 x 1,000 went over embedded Neo4j's 2 GiB cap): the new
 * version is created as PendingFinding nodes, 10,000 per transaction, each linked by AFFECTS to its
 * resource's node where that exists; then the findings pointer on the AnalysisState node moves to
 * it, the previous version is deleted and the new one relabelled Finding, in batches. Readers
 * follow the pointer, so they see the old set or the new one, never a mix; a crash before the
 * pointer moves leaves the previous findings.
 */
public final class FindingsWriter {
  private static final String CREATE =
      "UNWIND $rows AS row CREATE (f:"
          + NodeLabel.PENDING_FINDING.label()
          + ") SET f = row.props, f.version = $version";

  private final Driver driver;

  public FindingsWriter(Driver driver) {
    this.driver = driver;
  }

  /**
   * @throws IllegalArgumentException naming the id when two findings share one (nothing is written)
   */
  public WriteCounts write(List<Finding> findings) {
    Set<String> ids = new HashSet<>();
    Map<NodeLabel, List<Map<String, Object>>> byResourceLabel = new LinkedHashMap<>();
    List<Map<String, Object>> unlinked = new ArrayList<>();
    for (Finding f : findings) {
      if (!ids.add(f.id())) {
        throw new IllegalArgumentException("findings: the id " + f.id() + " occurs twice");
      }
      Map<String, Object> row = Map.of("props", FindingRows.props(f), "resource", f.resource());
      NodeLabel label = FindingRows.resourceLabel(f.resource());
      if (label == null) {
        unlinked.add(row);
      } else {
        byResourceLabel.computeIfAbsent(label, l -> new ArrayList<>()).add(row);
      }
    }
    String version = UUID.randomUUID().toString();
    Map<String, Object> params = Map.of("version", version);
    try (Session session = Sessions.open(driver)) {
      String current = session.executeRead(FindingsVersion::current);
      WriteCounts c = deleteOtherThan(session, current);
      c = c.plus(inTransactions(session, CREATE, unlinked, params));
      for (var group : byResourceLabel.entrySet()) {
        c =
            c.plus(
                inTransactions(session, createAndLink(group.getKey()), group.getValue(), params));
      }
      c = c.plus(session.executeWrite(tx -> FindingsVersion.moveTo(tx, version)));
      c = c.plus(deleteOtherThan(session, version));
      return c.plus(
          Unwind.autoCommit(
              session,
              "MATCH (f:"
                  + NodeLabel.PENDING_FINDING.label()
                  + " {version: $version}) CALL (f) { REMOVE f:"
                  + NodeLabel.PENDING_FINDING.label()
                  + " SET f:"
                  + NodeLabel.FINDING.label()
                  + " }"
                  + Unwind.IN_TRANSACTIONS,
              params));
    }
  }

  private static WriteCounts inTransactions(
      Session session, String query, List<Map<String, Object>> rows, Map<String, Object> params) {
    return Unwind.inTransactions(
        session, query, rows, Unwind.ROWS_PER_TRANSACTION, params, committed -> {});
  }

  /** Findings of every version but {@code keep} (all when null), with their AFFECTS links. */
  private static WriteCounts deleteOtherThan(Session session, String keep) {
    return Unwind.autoCommit(
        session,
        "MATCH (f) WHERE (f:"
            + NodeLabel.FINDING.label()
            + " OR f:"
            + NodeLabel.PENDING_FINDING.label()
            + ") AND (f.version IS NULL OR f.version <> $keep) CALL (f) { DETACH DELETE f }"
            + Unwind.IN_TRANSACTIONS,
        Map.of("keep", keep == null ? "" : keep));
  }

  /**
   * Creates each finding and links it to its resource in one pass: the MATCH only filters the rows
   * after the CREATE, so a finding whose resource is not stored is kept, unlinked.
   */
  private static String createAndLink(NodeLabel resource) {
    return CREATE
        + " WITH f, row MATCH (r:"
        + resource.label()
        + " {"
        + resource.key()
        + ": row.resource}) CREATE (f)-[:"
        + RelType.AFFECTS
        + "]->(r)";
  }
}
