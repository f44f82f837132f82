package io.accessgraph.store.snapshot;

import io.accessgraph.store.schema.NodeLabel;
import io.accessgraph.store.schema.RelType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rows one owner (an account or the organization) writes, grouped so that each group is one
 * batched query: nodes by label and ownership, relationships by type and end labels. Pure data.
 */
final class GraphRows {
  /** Nodes of one label; {@code owned} nodes get the writer's owner and update tag. */
  record NodeGroup(NodeLabel label, boolean owned, List<Map<String, Object>> rows) {}

  /**
   * Relationships of one type between two labels. {@code mergeKey} names a relationship property
   * that tells several relationships between the same two nodes apart (TRUSTS: statementIndex).
   */
  record RelGroup(
      RelType type,
      NodeLabel from,
      NodeLabel to,
      String mergeKey,
      List<Map<String, Object>> rows) {}

  /** One end of a relationship; {@code stub} is what a node created just for it starts with. */
  record End(NodeLabel label, String key, Map<String, Object> stub) {
    End {
      Objects.requireNonNull(key, () -> "missing " + label + " " + label.key());
    }
  }

  private final Map<String, NodeGroup> nodes = new LinkedHashMap<>();
  private final Map<String, RelGroup> rels = new LinkedHashMap<>();

  void node(NodeLabel label, boolean owned, String key, Map<String, Object> props) {
    Objects.requireNonNull(key, () -> "missing " + label + " " + label.key());
    if (owned && !label.owned()) {
      throw new IllegalArgumentException(label + " nodes are shared, never owned");
    }
    NodeGroup group =
        nodes.computeIfAbsent(
            label + "/" + owned, k -> new NodeGroup(label, owned, new ArrayList<>()));
    group.rows().add(row("key", key, "props", props));
  }

  void rel(RelType type, End from, End to, Map<String, Object> props) {
    rel(type, from, to, null, props);
  }

  void rel(RelType type, End from, End to, String mergeKey, Map<String, Object> props) {
    RelGroup group =
        rels.computeIfAbsent(
            type + "/" + from.label() + "/" + to.label() + "/" + mergeKey,
            k -> new RelGroup(type, from.label(), to.label(), mergeKey, new ArrayList<>()));
    Map<String, Object> row = row("from", from.key(), "to", to.key(), "props", props);
    row.put("fromStub", from.stub());
    row.put("toStub", to.stub());
    group.rows().add(row);
  }

  Collection<NodeGroup> nodes() {
    return nodes.values();
  }

  Collection<RelGroup> rels() {
    return rels.values();
  }

  int nodeCount() {
    return nodes.values().stream().mapToInt(g -> g.rows().size()).sum();
  }

  int relCount() {
    return rels.values().stream().mapToInt(g -> g.rows().size()).sum();
  }

  /** A mutable map that, unlike Map.of, keeps null values: null removes a stale property. */
  static Map<String, Object> props(Object... keyValues) {
    Map<String, Object> out = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      out.put((String) keyValues[i], keyValues[i + 1]);
    }
    return out;
  }

  private static Map<String, Object> row(Object... keyValues) {
    return props(keyValues);
  }
}
