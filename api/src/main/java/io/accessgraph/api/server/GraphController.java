package io.accessgraph.api.server;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.TraversalOptions;
import io.accessgraph.api.view.PathView;
import io.accessgraph.api.view.PathsResult;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The graph for the web view, and the paths query. */
@RestController
public class GraphController {
  static final int MAX_GRAPH_NODES = 2_000;
  static final int MAX_K = 20;
  static final int MAX_HOPS = 16;

  private final GraphService graphs;

  public GraphController(GraphService graphs) {
    this.graphs = graphs;
  }

  /** The whole access graph (up to a cap), ready for Cytoscape. */
  @GetMapping("/api/graph")
  CytoscapeGraph graph() {
    AccessGraph graph = graphs.graph();
    List<AccessNode> nodes = new ArrayList<>(graph.nodes());
    List<AccessEdge> edges = new ArrayList<>();
    nodes.forEach(n -> edges.addAll(graph.outgoing(n.arn())));
    return CytoscapeGraph.of(nodes, edges, MAX_GRAPH_NODES);
  }

  @GetMapping("/api/paths")
  PathsResult paths(
      @RequestParam String from,
      @RequestParam String to,
      @RequestParam(defaultValue = "3") int k,
      @RequestParam(defaultValue = "" + TraversalOptions.DEFAULT_MAX_HOPS) int maxHops,
      @RequestParam(defaultValue = "true") boolean conditional) {
    if (k < 1 || k > MAX_K) {
      throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ", was " + k);
    }
    if (maxHops < 1 || maxHops > MAX_HOPS) {
      throw new IllegalArgumentException(
          "maxHops must be between 1 and " + MAX_HOPS + ", was " + maxHops);
    }
    AccessGraph graph = graphs.graph();
    String source = graph.resolve(from).arn();
    String target = graph.resolve(to).arn();
    List<PathView> paths =
        graph.paths(source, target, k, new TraversalOptions(maxHops, conditional)).stream()
            .map(PathView::of)
            .toList();
    return new PathsResult(source, target, paths);
  }
}
