package io.accessgraph.store.analysis;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.NodeKind;
import io.accessgraph.store.schema.NodeLabel;
import io.accessgraph.store.schema.RelType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An analysis result as parameter rows: nodes grouped by label, edges grouped by (type, label of
 * each end), so every query names its labels and finds both ends through their unique key.
 *
 * @param nodes rows of {@code key, arn, accountId, name, admin} by label
 * @param edges rows of {@code from, to, props} by the edge's type and end labels
 * @param admins rows of {@code key, accountId} by label: admin principals, whose ADMIN_OF edge
 *     points to their account's AccountAdmin node
 */
record AnalysisRows(
    Map<NodeLabel, List<Map<String, Object>>> nodes,
    Map<EdgeGroup, List<Map<String, Object>>> edges,
    Map<NodeLabel, List<Map<String, Object>>> admins,
    int nodeCount,
    int edgeCount) {

  /** The relationship type and the labels of its two ends. */
  record EdgeGroup(RelType type, NodeLabel from, NodeLabel to) {}

  /**
   * @throws IllegalArgumentException naming the edge when one of its ends is not among the nodes
   */
  static AnalysisRows of(AccessGraphData data) {
    Map<String, NodeLabel> labelByArn = new HashMap<>();
    Map<String, String> keyByArn = new HashMap<>();
    Map<NodeLabel, List<Map<String, Object>>> nodeRows = new LinkedHashMap<>();
    Map<NodeLabel, List<Map<String, Object>>> adminRows = new LinkedHashMap<>();
    for (AccessNode n : data.nodes()) {
      NodeLabel label = Kinds.label(n.kind());
      String key = Kinds.key(n);
      labelByArn.put(n.arn(), label);
      keyByArn.put(n.arn(), key);
      Map<String, Object> row = new HashMap<>();
      row.put("key", key);
      row.put("arn", n.arn());
      row.put("accountId", n.accountId());
      row.put("name", n.name());
      row.put("admin", n.admin() ? Boolean.TRUE : null);
      nodeRows.computeIfAbsent(label, l -> new ArrayList<>()).add(row);
      if (n.admin() && n.accountId() != null && n.kind() != NodeKind.ACCOUNT_ADMIN) {
        adminRows
            .computeIfAbsent(label, l -> new ArrayList<>())
            .add(Map.of("key", key, "accountId", n.accountId()));
      }
    }
    Map<EdgeGroup, List<Map<String, Object>>> edgeRows = new LinkedHashMap<>();
    for (AccessEdge e : data.edges()) {
      EdgeGroup group =
          new EdgeGroup(
              RelType.of(e.kind()),
              endLabel(labelByArn, e, e.from()),
              endLabel(labelByArn, e, e.to()));
      Map<String, Object> props = new HashMap<>();
      props.put("method", e.method());
      props.put("conditional", e.conditional());
      props.put("conditions", e.conditions());
      props.put("evidence", e.evidence());
      Map<String, Object> row = new HashMap<>();
      row.put("from", keyByArn.get(e.from()));
      row.put("to", keyByArn.get(e.to()));
      row.put("props", props);
      edgeRows.computeIfAbsent(group, g -> new ArrayList<>()).add(row);
    }
    return new AnalysisRows(
        nodeRows, edgeRows, adminRows, data.nodes().size(), data.edges().size());
  }

  private static NodeLabel endLabel(Map<String, NodeLabel> labels, AccessEdge e, String arn) {
    NodeLabel label = labels.get(arn);
    if (label == null) {
      throw new IllegalArgumentException(
          "analysis edge "
              + e.kind()
              + " "
              + e.from()
              + " -> "
              + e.to()
              + ": "
              + arn
              + " is not among the analysis nodes");
    }
    return label;
  }
}
