package io.accessgraph.store.findings;

import io.accessgraph.store.schema.NodeLabel;
import io.accessgraph.store.schema.Unwind;
import io.accessgraph.store.schema.WriteCounts;
import java.util.Map;
import org.neo4j.driver.SimpleQueryRunner;

/** The findings version readers use: {@code findingsVersion} on the AnalysisState node. */
final class FindingsVersion {
  private FindingsVersion() {}

  /** The current version, or null when findings were never written with one. */
  static String current(SimpleQueryRunner tx) {
    return tx
        .run(
            "MATCH (s:"
                + NodeLabel.ANALYSIS_STATE.label()
                + " {id: $id}) RETURN s.findingsVersion AS v",
            Map.of("id", NodeLabel.ANALYSIS_STATE_ID))
        .list()
        .stream()
        .findFirst()
        .map(r -> r.get("v").asString(null))
        .orElse(null);
  }

  static WriteCounts moveTo(SimpleQueryRunner tx, String version) {
    return Unwind.once(
        tx,
        "MERGE (s:"
            + NodeLabel.ANALYSIS_STATE.label()
            + " {id: $id}) SET s.findingsVersion = $version, s.findingsWrittenAt = datetime()",
        Map.of("id", NodeLabel.ANALYSIS_STATE_ID, "version", version));
  }
}
