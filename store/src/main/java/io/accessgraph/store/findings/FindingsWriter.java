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
 * Replaces every stored finding with the given ones in one transaction, so readers see the old set
 * or the new one, never a mix. Findings are merged by id and the ones not written this time are
 * deleted, rather than all deleted and created again: a finding deleted and re-created under the
 * same unique id in one transaction makes Neo4j check the constraint against the transaction's
 * changes each time (measured: 10,000 findings rewritten in 10 s that way, 1-2 s merged). Each
 * finding is linked to its resource's node when that node exists.
 */
public final class FindingsWriter {
  private static final String MERGE =
      "UNWIND $rows AS row MERGE (f:"
          + NodeLabel.FINDING.label()
          + " {id: row.props.id}) SET f = row.props, f.updateTag = $tag";

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
    Map<String, Object> tag = Map.of("tag", UUID.randomUUID().toString());
    String finding = NodeLabel.FINDING.label();
    try (Session session = Sessions.open(driver)) {
      return session.executeWrite(
          tx -> {
            WriteCounts c =
                Unwind.once(
                    tx,
                    "MATCH (:" + finding + ")-[a:" + RelType.AFFECTS + "]->() DELETE a",
                    Map.of());
            c = c.plus(Unwind.run(tx, MERGE, unlinked, tag));
            for (var group : byResourceLabel.entrySet()) {
              c = c.plus(Unwind.run(tx, mergeAndLink(group.getKey()), group.getValue(), tag));
            }
            return c.plus(
                Unwind.once(
                    tx,
                    "MATCH (f:"
                        + finding
                        + ") WHERE f.updateTag IS NULL OR f.updateTag <> $tag DETACH DELETE f",
                    tag));
          });
    }
  }

  /**
   * Merges each finding and links it to its resource in one pass: the MATCH only filters the rows
   * after the MERGE, so a finding whose resource is not stored is kept, unlinked.
   */
  private static String mergeAndLink(NodeLabel resource) {
    return MERGE
        + " WITH f, row MATCH (r:"
        + resource.label()
        + " {"
        + resource.key()
        + ": row.resource}) CREATE (f)-[:"
        + RelType.AFFECTS
        + "]->(r)";
  }
}
