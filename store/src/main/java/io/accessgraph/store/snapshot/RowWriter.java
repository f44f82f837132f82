package io.accessgraph.store.snapshot;

import io.accessgraph.store.WriteListener;
import io.accessgraph.store.schema.NodeLabel;
import io.accessgraph.store.schema.Unwind;
import io.accessgraph.store.schema.WriteCounts;
import java.util.Map;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Writes {@link GraphRows} inside the caller's transaction: nodes first, then relationships (which
 * create stub nodes for ends the data does not hold), every row stamped with the update tag.
 */
final class RowWriter {
  private final SimpleQueryRunner tx;
  private final String owner;
  private final Map<String, Object> params;
  private final WriteListener listener;

  RowWriter(SimpleQueryRunner tx, String owner, String tag, WriteListener listener) {
    this.tx = tx;
    this.owner = owner;
    this.params = Map.of("owner", owner, "tag", tag);
    this.listener = listener;
  }

  WriteCounts write(GraphRows rows) {
    WriteCounts total = WriteCounts.NONE;
    for (GraphRows.NodeGroup g : rows.nodes()) {
      total = total.plus(run(nodeQuery(g), g.rows(), g.label().label()));
    }
    for (GraphRows.RelGroup g : rows.rels()) {
      String what = g.from().label() + "-" + g.type() + "->" + g.to().label();
      total = total.plus(run(relQuery(g), g.rows(), what));
    }
    return total;
  }

  private WriteCounts run(String query, java.util.List<Map<String, Object>> rows, String what) {
    WriteCounts counts = Unwind.run(tx, query, rows, params);
    listener.batchWritten(owner, what, rows.size());
    return counts;
  }

  static String nodeQuery(GraphRows.NodeGroup g) {
    String merge = "UNWIND $rows AS row MERGE (n:" + match(g.label(), "row.key") + ") ";
    return g.owned()
        ? merge + "SET n:Owned, n += row.props, n.owner = $owner, n.updateTag = $tag"
        : merge + "SET n += row.props";
  }

  static String relQuery(GraphRows.RelGroup g) {
    String rel =
        g.mergeKey() == null
            ? "[r:" + g.type() + "]"
            : "[r:" + g.type() + " {" + g.mergeKey() + ": row.props." + g.mergeKey() + "}]";
    return "UNWIND $rows AS row"
        + " MERGE (a:"
        + match(g.from(), "row.from")
        + ") ON CREATE SET a += row.fromStub"
        + " MERGE (b:"
        + match(g.to(), "row.to")
        + ") ON CREATE SET b += row.toStub"
        + " MERGE (a)-"
        + rel
        + "->(b)"
        + " SET r += row.props, r.source = $owner, r.updateTag = $tag";
  }

  private static String match(NodeLabel label, String value) {
    return label.label() + " {" + label.key() + ": " + value + "}";
  }
}
