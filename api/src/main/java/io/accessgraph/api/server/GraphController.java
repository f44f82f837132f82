package io.accessgraph.api.server;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.TraversalOptions;
import io.accessgraph.api.query.QueryLimits;
import io.accessgraph.api.query.Subgraph;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Graph pieces for the web view in Cytoscape.js JSON, each capped at {@link
 * QueryLimits#MAX_GRAPH_NODES} nodes with {@code truncated} set when the cap cut it.
 */
@RestController
@Tag(name = "graph", description = "Cytoscape JSON for the web view")
public class GraphController {
  private static final String HOPS = "" + TraversalOptions.DEFAULT_MAX_HOPS;
  private static final int CAP = QueryLimits.MAX_GRAPH_NODES;

  private final GraphService graphs;
  private final QueryExecutor executor;

  public GraphController(GraphService graphs, QueryExecutor executor) {
    this.graphs = graphs;
    this.executor = executor;
  }

  @Operation(summary = "The whole access graph, up to the node cap")
  @GetMapping("/api/graph")
  CytoscapeGraph graph() {
    return executor.run(
        () -> {
          AccessGraph graph = graphs.queries().graph();
          List<AccessNode> nodes = new ArrayList<>();
          for (AccessNode n : graph.nodes()) {
            nodes.add(n);
            if (nodes.size() > CAP) {
              break;
            }
          }
          List<AccessEdge> edges = new ArrayList<>();
          nodes.forEach(n -> edges.addAll(graph.outgoing(n.arn())));
          return CytoscapeGraph.of(nodes, edges, CAP);
        });
  }

  @Operation(summary = "A node and its neighbours up to depth hops in either direction")
  @GetMapping("/api/graph/node")
  CytoscapeGraph around(
      @RequestParam("id") String id, @RequestParam(name = "depth", defaultValue = "1") int depth) {
    return executor.run(() -> draw(graphs.queries().neighbourhood(id, depth, CAP)));
  }

  @Operation(summary = "The k shortest paths from one node to another")
  @GetMapping("/api/graph/paths")
  CytoscapeGraph paths(
      @RequestParam("from") String from,
      @RequestParam("to") String to,
      @RequestParam(name = "k", defaultValue = "" + QueryLimits.DEFAULT_K) int k,
      @RequestParam(name = "maxHops", defaultValue = HOPS) int maxHops,
      @RequestParam(name = "conditional", defaultValue = "true") boolean conditional) {
    return executor.run(() -> draw(graphs.queries().pathsGraph(from, to, k, maxHops, conditional)));
  }

  @Operation(summary = "A node and everything it reaches")
  @GetMapping("/api/graph/blast-radius")
  CytoscapeGraph blastRadius(
      @RequestParam("from") String from,
      @RequestParam(name = "maxHops", defaultValue = HOPS) int maxHops,
      @RequestParam(name = "conditional", defaultValue = "true") boolean conditional) {
    return executor.run(
        () -> draw(graphs.queries().blastRadiusGraph(from, maxHops, conditional, CAP)));
  }

  private static CytoscapeGraph draw(Subgraph subgraph) {
    return CytoscapeGraph.of(subgraph.nodes(), subgraph.edges(), CAP);
  }
}
