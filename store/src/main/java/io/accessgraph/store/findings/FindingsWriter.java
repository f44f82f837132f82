package io.accessgraph.store.findings;

import io.accessgraph.analysis.findings.Finding;
import io.accessgraph.store.schema.NodeLabel;
import io.accessgraph.store.schema.RelType;
import io.accessgraph.store.schema.Unwind;
import io.accessgraph.store.schema.WriteCounts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Replaces every stored finding with the given ones in one transaction, so readers see the old set
 * or the new one, never a mix. Each finding is linked to its resource's node when that node exists.
 */
public final class FindingsWriter {
  private final Driver driver;

  public FindingsWriter(Driver driver) {
    this.driver = driver;
  }

  /**
   * @throws IllegalArgumentException naming the id when two findings share one (nothing is written)
   */
  public WriteCounts write(List<Finding> findings) {
    Set<String> ids = new HashSet<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    Map<NodeLabel, List<Map<String, Object>>> links = new LinkedHashMap<>();
    for (Finding f : findings) {
      if (!ids.add(f.id())) {
        throw new IllegalArgumentException("findings: the id " + f.id() + " occurs twice");
      }
      rows.add(Map.of("props", FindingRows.props(f)));
      NodeLabel label = FindingRows.resourceLabel(f.resource());
      if (label != null) {
        links
            .computeIfAbsent(label, l -> new ArrayList<>())
            .add(Map.of("id", f.id(), "resource", f.resource()));
      }
    }
    String finding = NodeLabel.FINDING.label();
    try (Session session = driver.session()) {
      return session.executeWrite(
          tx -> {
            WriteCounts c = Unwind.once(tx, "MATCH (f:" + finding + ") DETACH DELETE f", Map.of());
            c =
                c.plus(
                    Unwind.run(
                        tx,
                        "UNWIND $rows AS row CREATE (f:" + finding + ") SET f = row.props",
                        rows,
                        Map.of()));
            for (var group : links.entrySet()) {
              c = c.plus(Unwind.run(tx, linkQuery(group.getKey()), group.getValue(), Map.of()));
            }
            return c;
          });
    }
  }

  private static String linkQuery(NodeLabel resource) {
    return "UNWIND $rows AS row MATCH (f:"
        + NodeLabel.FINDING.label()
        + " {id: row.id}) MATCH (r:"
        + resource.label()
        + " {"
        + resource.key()
        + ": row.resource}) CREATE (f)-[:"
        + RelType.AFFECTS
        + "]->(r)";
  }
}
