package io.accessgraph.store.analysis;

import io.accessgraph.store.schema.NodeLabel;
import io.accessgraph.store.schema.Unwind;
import io.accessgraph.store.schema.WriteCounts;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * The pointer to the analysis version readers use: one {@code AnalysisState {id: 'current'}} node.
 * Derived edges carry the version that wrote them, so a new version can be written in many
 * transactions next to the current one and made current by moving this pointer.
 */
final class AnalysisState {
  static final String ID = "current";

  private AnalysisState() {}

  /** The current version, or null when no analysis was ever completely written. */
  static String current(SimpleQueryRunner tx) {
    return tx
        .run(
            "MATCH (s:" + NodeLabel.ANALYSIS_STATE.label() + " {id: $id}) RETURN s.version AS v",
            Map.of("id", ID))
        .list()
        .stream()
        .findFirst()
        .map((Record r) -> r.get("v").asString(null))
        .orElse(null);
  }

  static WriteCounts moveTo(SimpleQueryRunner tx, String version, int nodes, int edges) {
    return Unwind.once(
        tx,
        "MERGE (s:"
            + NodeLabel.ANALYSIS_STATE.label()
            + " {id: $id}) SET s.version = $version, s.writtenAt = datetime(),"
            + " s.nodes = $nodes, s.edges = $edges",
        Map.of("id", ID, "version", version, "nodes", nodes, "edges", edges));
  }
}
