package io.accessgraph.api.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.analysis.graph.WellKnownNodes;
import io.accessgraph.model.Arn;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an access graph against the synthetic generator's {@code _expected.json}: every planted
 * path must be there edge by edge (kind and method), every planted negative must have no edge.
 */
public final class PlantedAnswers {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<JsonNode> checks;

  private PlantedAnswers(List<JsonNode> checks) {
    this.checks = checks;
  }

  public static PlantedAnswers read(Path expectedJson) throws IOException {
    List<JsonNode> checks = new ArrayList<>();
    JSON.readTree(expectedJson.toFile()).path("checks").forEach(checks::add);
    if (checks.isEmpty()) {
      throw new IllegalArgumentException(expectedJson + " holds no checks");
    }
    return new PlantedAnswers(checks);
  }

  /** One line per failed check; empty when the graph gives every planted answer. */
  public List<String> failures(AccessGraph graph) {
    List<String> failures = new ArrayList<>();
    for (JsonNode check : checks) {
      String problem =
          "path".equals(check.path("expect").asText())
              ? missingStep(graph, check)
              : unexpectedEdge(graph, check);
      if (problem != null) {
        failures.add(
            check.path("id").asText() + " (" + check.path("kind").asText() + "): " + problem);
      }
    }
    return failures;
  }

  public int size() {
    return checks.size();
  }

  private static String missingStep(AccessGraph graph, JsonNode check) {
    JsonNode hops = check.path("hops");
    for (int i = 0; i + 1 < hops.size(); i++) {
      String from = hops.get(i).asText();
      String to = hops.get(i + 1).asText();
      String kind = check.path("edgeKinds").get(i).asText();
      String method = check.path("methods").get(i).asText();
      boolean found =
          graph.outgoing(from).stream()
              .anyMatch(
                  e ->
                      e.kind().name().equals(kind)
                          && e.method().equals(method)
                          && reachesIntended(e, from, to));
      if (!found) {
        return "no " + kind + "/" + method + " edge " + from + " -> " + to;
      }
    }
    return null;
  }

  /**
   * A planted self-escalation names the principal as its own target; the analysis points such edges
   * at the "admin of account" node, since an edge from a node to itself means nothing.
   */
  private static boolean reachesIntended(AccessEdge edge, String from, String to) {
    if (edge.to().equals(to)) {
      return true;
    }
    Arn source = Arn.tryParse(from);
    return from.equals(to)
        && source != null
        && edge.to().equals(WellKnownNodes.accountAdmin(source.account()));
  }

  private static String unexpectedEdge(AccessGraph graph, JsonNode check) {
    String source = check.path("source").asText();
    String target = check.path("target").asText();
    String kind = check.path("edgeKinds").get(0).asText();
    if (graph.node(target).isEmpty()) {
      return "target " + target + " is missing from the graph";
    }
    for (AccessEdge e : graph.incoming(target)) {
      if (e.kind().name().equals(kind) && ("*".equals(source) || e.from().equals(source))) {
        return "unexpected "
            + kind
            + " edge "
            + e.from()
            + " -> "
            + target
            + " ("
            + e.method()
            + ")";
      }
    }
    return null;
  }
}
