package io.accessgraph.api.server;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nodes and edges in Cytoscape.js's JSON, with one compound parent node per account so the view can
 * group by account.
 */
public record CytoscapeGraph(
    List<Map<String, Object>> nodes, List<Map<String, Object>> edges, boolean truncated) {

  static CytoscapeGraph of(
      List<AccessNode> accessNodes, List<AccessEdge> accessEdges, int maxNodes) {
    boolean truncated = accessNodes.size() > maxNodes;
    List<AccessNode> kept = truncated ? accessNodes.subList(0, maxNodes) : accessNodes;
    Set<String> ids = new LinkedHashSet<>();
    Set<String> accounts = new LinkedHashSet<>();
    List<Map<String, Object>> nodes = new ArrayList<>();
    for (AccessNode n : kept) {
      ids.add(n.arn());
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("id", n.arn());
      data.put("label", n.name());
      data.put("kind", n.kind().name());
      data.put("admin", n.admin());
      if (n.accountId() != null) {
        data.put("account", n.accountId());
        data.put("parent", "account:" + n.accountId());
        accounts.add(n.accountId());
      }
      nodes.add(Map.of("data", data));
    }
    for (String account : accounts) {
      nodes.add(
          Map.of(
              "data",
              Map.of("id", "account:" + account, "label", account, "kind", "ACCOUNT_GROUP")));
    }
    List<Map<String, Object>> edges = new ArrayList<>();
    int n = 0;
    for (AccessEdge e : accessEdges) {
      if (ids.contains(e.from()) && ids.contains(e.to())) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", "e" + n++);
        data.put("source", e.from());
        data.put("target", e.to());
        data.put("kind", e.kind().name());
        data.put("method", e.method());
        data.put("conditional", e.conditional());
        edges.add(Map.of("data", data));
      }
    }
    return new CytoscapeGraph(nodes, edges, truncated);
  }
}
