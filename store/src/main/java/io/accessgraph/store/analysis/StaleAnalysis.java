package io.accessgraph.store.analysis;

import io.accessgraph.analysis.graph.EdgeKind;
import io.accessgraph.store.analysis.AnalysisState.Current;
import io.accessgraph.store.analysis.AnalysisState.Slot;
import io.accessgraph.store.schema.RelType;
import io.accessgraph.store.schema.Unwind;
import io.accessgraph.store.schema.WriteCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;

/**
 * Removes what belongs to no current analysis: derived edges of other versions (the previous one,
 * or one a crash left half-written), the other slot's node flags, and nodes that only such a
 * version needed. Runs in Neo4j's own batched transactions ({@code CALL ... IN TRANSACTIONS}), so
 * its memory stays bounded however large the organization.
 */
final class StaleAnalysis {
  private StaleAnalysis() {}

  /**
   * @param keep the version whose edges and slot stay; null keeps nothing
   */
  static WriteCounts remove(Session session, Current keep) {
    Map<String, Object> params = Map.of("keep", keep == null ? "" : keep.version());
    List<RelType> types = new ArrayList<>();
    for (EdgeKind kind : EdgeKind.values()) {
      types.add(RelType.of(kind));
    }
    types.add(RelType.ADMIN_OF);
    WriteCounts c = WriteCounts.NONE;
    for (RelType type : types) {
      c =
          c.plus(
              Unwind.autoCommit(
                  session,
                  "MATCH ()-[r:"
                      + type
                      + "]->() WHERE r.version IS NULL OR r.version <> $keep"
                      + " CALL (r) { DELETE r }"
                      + Unwind.IN_TRANSACTIONS,
                  params));
    }
    for (Slot slot : Slot.values()) {
      if (keep == null || slot != keep.slot()) {
        c = c.plus(clear(session, slot));
      }
    }
    // Nodes the analysis created (external accounts, service principals, AccountAdmin) carry
    // analysisVersion; once out of the kept version and unconnected, nothing else needs them.
    String kept =
        keep == null ? "false" : "coalesce(n." + keep.slot().versionKey() + ", '') = $keep";
    return c.plus(
        Unwind.autoCommit(
            session,
            "MATCH (n) WHERE n.analysisVersion IS NOT NULL AND NOT "
                + kept
                + " AND n.owner IS NULL AND NOT EXISTS { (n)--() }"
                + " AND NOT (n:Account AND (coalesce(n.member, false)"
                + " OR coalesce(n.ingested, false)))"
                + " CALL (n) { DELETE n }"
                + Unwind.IN_TRANSACTIONS,
            params));
  }

  private static WriteCounts clear(Session session, Slot slot) {
    return Unwind.autoCommit(
        session,
        "MATCH (n) WHERE n."
            + slot.versionKey()
            + " IS NOT NULL CALL (n) { REMOVE n."
            + slot.versionKey()
            + ", n."
            + slot.adminKey()
            + ", n."
            + slot.nameKey()
            + " }"
            + Unwind.IN_TRANSACTIONS,
        Map.of());
  }
}
