package io.accessgraph.analysis.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.DirectedMultigraph;
import org.jgrapht.graph.MaskSubgraph;

/**
 * The in-memory access graph that answers path, blast-radius and who-can-reach queries. Immutable
 * after construction and safe to share between threads.
 */
public final class AccessGraph {
  private final Map<String, AccessNode> nodes;
  private final Graph<String, GraphEdge> graph;

  private AccessGraph(Map<String, AccessNode> nodes, Graph<String, GraphEdge> graph) {
    this.nodes = nodes;
    this.graph = graph;
  }

  /** Builds the graph; edges whose ends are not among the nodes are rejected. */
  public static AccessGraph of(AccessGraphData data) {
    Map<String, AccessNode> nodes = new LinkedHashMap<>();
    Graph<String, GraphEdge> graph = new DirectedMultigraph<>(null, null, false);
    for (AccessNode node : data.nodes()) {
      nodes.put(node.arn(), node);
      graph.addVertex(node.arn());
    }
    for (AccessEdge read : data.edges()) {
      AccessNode from = nodes.get(read.from());
      AccessNode to = nodes.get(read.to());
      if (from == null || to == null) {
        throw new IllegalArgumentException(
            "edge " + read.from() + " -> " + read.to() + " names a node that is not in the graph");
      }
      if (!from.arn().equals(to.arn())) {
        AccessEdge edge = sharingNodeArns(read, from.arn(), to.arn());
        graph.addEdge(edge.from(), edge.to(), new GraphEdge(edge));
      }
    }
    return new AccessGraph(Collections.unmodifiableMap(nodes), graph);
  }

  public Optional<AccessNode> node(String arn) {
    return Optional.ofNullable(nodes.get(arn));
  }

  /**
   * The node a user means by {@code key}: an ARN, an EC2 instance id ({@code i-…}), or an
   * assumed-role session ARN as CloudTrail shows it ({@code
   * arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}).
   *
   * @throws UnknownNodeException when nothing matches
   */
  public AccessNode resolve(String key) {
    AccessNode direct = nodes.get(key);
    if (direct != null) {
      return direct;
    }
    String suffix = null;
    String account = null;
    if (key.startsWith("i-")) {
      suffix = ":instance/" + key;
    } else if (key.startsWith("arn:aws:sts::") && key.contains(":assumed-role/")) {
      String[] parts = key.split(":", 6);
      String[] resource = parts[5].split("/");
      account = parts[4];
      suffix = resource.length > 1 ? "/" + resource[1] : null;
    }
    if (suffix != null) {
      for (AccessNode node : nodes.values()) {
        boolean kindMatches =
            account == null
                ? node.kind() == NodeKind.EC2_INSTANCE
                : node.kind() == NodeKind.ROLE && account.equals(node.accountId());
        if (kindMatches && node.arn().endsWith(suffix)) {
          return node;
        }
      }
    }
    throw new UnknownNodeException(key);
  }

  public Collection<AccessNode> nodes() {
    return nodes.values();
  }

  public int edgeCount() {
    return graph.edgeSet().size();
  }

  public List<AccessEdge> outgoing(String arn) {
    return graph.containsVertex(arn) ? edges(graph.outgoingEdgesOf(arn)) : List.of();
  }

  public List<AccessEdge> incoming(String arn) {
    return graph.containsVertex(arn) ? edges(graph.incomingEdgesOf(arn)) : List.of();
  }

  /** Up to {@code k} shortest loop-free paths, shortest first, none longer than maxHops. */
  public List<AccessPath> paths(String from, String to, int k, TraversalOptions options) {
    requireNode(from);
    requireNode(to);
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, was " + k);
    }
    if (from.equals(to)) {
      return List.of();
    }
    Graph<String, GraphEdge> view =
        new MaskSubgraph<>(graph, v -> false, e -> !options.follows(e.edge));
    List<AccessPath> result = new ArrayList<>();
    for (GraphPath<String, GraphEdge> p : new YenKShortestPath<>(view).getPaths(from, to, k)) {
      if (p.getLength() <= options.maxHops()) {
        result.add(new AccessPath(edges(p.getEdgeList())));
      }
    }
    return result;
  }

  /** Every node reachable from {@code from}, nearest first, each with one shortest path. */
  public List<Reach> reachableFrom(String from, TraversalOptions options) {
    requireNode(from);
    return breadthFirst(from, options, graph::outgoingEdgesOf, e -> e.edge.to(), false);
  }

  /** Every node that can reach {@code to}, nearest first, each with one shortest path to it. */
  public List<Reach> reaching(String to, TraversalOptions options) {
    requireNode(to);
    return breadthFirst(to, options, graph::incomingEdgesOf, e -> e.edge.from(), true);
  }

  private List<Reach> breadthFirst(
      String start,
      TraversalOptions options,
      Function<String, Collection<GraphEdge>> next,
      Function<GraphEdge, String> far,
      boolean inbound) {
    Map<String, GraphEdge> via = new HashMap<>();
    Map<String, Integer> depth = new HashMap<>();
    depth.put(start, 0);
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    List<String> order = new ArrayList<>();
    while (!queue.isEmpty()) {
      String at = queue.poll();
      int d = depth.get(at);
      if (d >= options.maxHops()) {
        continue;
      }
      for (GraphEdge e : next.apply(at)) {
        String other = far.apply(e);
        if (options.follows(e.edge) && !depth.containsKey(other)) {
          depth.put(other, d + 1);
          via.put(other, e);
          order.add(other);
          queue.add(other);
        }
      }
    }
    List<Reach> result = new ArrayList<>(order.size());
    for (String arn : order) {
      List<AccessEdge> path = new ArrayList<>();
      for (String at = arn; !at.equals(start); ) {
        GraphEdge e = via.get(at);
        path.add(e.edge);
        at = inbound ? e.edge.to() : e.edge.from();
      }
      if (!inbound) {
        Collections.reverse(path);
      }
      result.add(new Reach(nodes.get(arn), new AccessPath(path)));
    }
    return result;
  }

  /**
   * The edge with its ends as the very ARN strings of its nodes. Edges read from Neo4j carry a copy
   * per edge: sharing the node's string saves the copies (hundreds of MB at 200,000 principals) and
   * lets traversals hash each ARN once instead of once per edge (measured: string hashing was half
   * of a large blast radius).
   */
  private static AccessEdge sharingNodeArns(AccessEdge e, String from, String to) {
    if (e.from() == from && e.to() == to) {
      return e;
    }
    return new AccessEdge(
        from, to, e.kind(), e.method(), e.conditional(), e.conditions(), e.evidence());
  }

  private void requireNode(String arn) {
    if (!nodes.containsKey(arn)) {
      throw new UnknownNodeException(arn);
    }
  }

  private static List<AccessEdge> edges(Collection<GraphEdge> graphEdges) {
    List<AccessEdge> out = new ArrayList<>(graphEdges.size());
    graphEdges.forEach(e -> out.add(e.edge));
    return out;
  }

  /** Identity-keyed wrapper: JGraphT needs distinct edge objects even for equal edge values. */
  private static final class GraphEdge {
    final AccessEdge edge;

    GraphEdge(AccessEdge edge) {
      this.edge = edge;
    }
  }
}
