package io.accessgraph.store;

import java.util.Map;
import java.util.TreeMap;

/**
 * How much the graph holds: nodes by label, relationships by type (labels and types with none are
 * left out). A node with two labels counts under both.
 */
public record StoreCounts(
    Map<String, Long> nodesByLabel,
    Map<String, Long> relationshipsByType,
    long nodes,
    long relationships) {
  public StoreCounts {
    nodesByLabel = Map.copyOf(nodesByLabel);
    relationshipsByType = Map.copyOf(relationshipsByType);
  }

  public long nodes(String label) {
    return nodesByLabel.getOrDefault(label, 0L);
  }

  public long relationships(String type) {
    return relationshipsByType.getOrDefault(type, 0L);
  }

  @Override
  public String toString() {
    return nodes
        + " nodes "
        + new TreeMap<>(nodesByLabel)
        + ", "
        + relationships
        + " relationships "
        + new TreeMap<>(relationshipsByType);
  }
}
