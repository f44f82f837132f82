package io.accessgraph.store.analysis;

import io.accessgraph.store.schema.NodeLabel;
import io.accessgraph.store.schema.Unwind;
import io.accessgraph.store.schema.WriteCounts;
import java.util.Map;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * The pointer to the analysis readers use: one {@code AnalysisState {id: 'current'}} node naming
 * the current version and the slot of node properties it is in. Derived edges carry the version
 * that wrote them; node flags of a version live in the properties of its slot, so a new version is
 * written in many transactions next to the current one and made current by moving this pointer.
 */
final class AnalysisState {
  static final String ID = NodeLabel.ANALYSIS_STATE_ID;

  /** The two sets of node properties versions alternate between. */
  enum Slot {
    A,
    B;

    Slot other() {
      return this == A ? B : A;
    }

    /** The version whose flags this slot holds on a node. */
    String versionKey() {
      return "analysisVersion" + name();
    }

    String adminKey() {
      return "admin" + name();
    }

    String nameKey() {
      return "graphName" + name();
    }
  }

  /** A completely written version and its slot. */
  record Current(String version, Slot slot) {}

  private AnalysisState() {}

  /** The current version, or null when no analysis was ever completely written. */
  static Current current(SimpleQueryRunner tx) {
    return tx
        .run(
            "MATCH (s:"
                + NodeLabel.ANALYSIS_STATE.label()
                + " {id: $id}) WHERE s.version IS NOT NULL AND s.slot IS NOT NULL"
                + " RETURN s.version AS v, s.slot AS slot",
            Map.of("id", ID))
        .list()
        .stream()
        .findFirst()
        .map(r -> new Current(r.get("v").asString(), Slot.valueOf(r.get("slot").asString())))
        .orElse(null);
  }

  static WriteCounts moveTo(SimpleQueryRunner tx, Current next, int nodes, int edges) {
    return Unwind.once(
        tx,
        "MERGE (s:"
            + NodeLabel.ANALYSIS_STATE.label()
            + " {id: $id}) SET s.version = $version, s.slot = $slot, s.writtenAt = datetime(),"
            + " s.nodes = $nodes, s.edges = $edges",
        Map.of(
            "id",
            ID,
            "version",
            next.version(),
            "slot",
            next.slot().name(),
            "nodes",
            nodes,
            "edges",
            edges));
  }
}
