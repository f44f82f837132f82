package io.accessgraph.store.analysis;

import io.accessgraph.analysis.graph.EdgeKind;
import io.accessgraph.store.schema.RelType;
import io.accessgraph.store.schema.WriteCounts;
import java.util.Map;
import org.neo4j.driver.Session;

/**
 * Removes what belongs to no current analysis: derived edges of other versions (the previous one,
 * or one a crash left half-written) and nodes that only such a version needed. Runs in Neo4j's own
 * batched transactions ({@code CALL ... IN TRANSACTIONS}), so its memory stays bounded however
 * large the organization.
 */
final class StaleAnalysis {
  static final int ROWS_PER_TRANSACTION = 10_000;

  private StaleAnalysis() {}

  /**
   * @param keep the version whose edges stay; null keeps none
   */
  static WriteCounts remove(Session session, String keep) {
    Map<String, Object> params = Map.of("keep", keep == null ? "" : keep);
    WriteCounts c = WriteCounts.NONE;
    for (EdgeKind kind : EdgeKind.values()) {
      c =
          c.plus(
              run(
                  session,
                  "MATCH ()-[r:"
                      + RelType.of(kind)
                      + "]->() WHERE r.version IS NULL OR r.version <> $keep"
                      + " CALL (r) { DELETE r } IN TRANSACTIONS OF "
                      + ROWS_PER_TRANSACTION
                      + " ROWS",
                  params));
    }
    // Nodes the analysis created (external accounts, service principals, AccountAdmin) carry
    // analysisVersion; once out of the current result and unconnected, nothing else needs them.
    return c.plus(
        run(
            session,
            "MATCH (n) WHERE n.analysisVersion IS NOT NULL AND NOT n:Analyzed"
                + " AND n.owner IS NULL AND NOT EXISTS { (n)--() }"
                + " AND NOT (n:Account AND (coalesce(n.member, false)"
                + " OR coalesce(n.ingested, false)))"
                + " CALL (n) { DELETE n } IN TRANSACTIONS OF "
                + ROWS_PER_TRANSACTION
                + " ROWS",
            Map.of()));
  }

  private static WriteCounts run(Session session, String query, Map<String, Object> params) {
    return WriteCounts.of(session.run(query, params).consume().counters());
  }
}
