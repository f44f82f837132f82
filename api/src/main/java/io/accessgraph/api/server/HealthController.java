package io.accessgraph.api.server;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The one endpoint without authentication: is the server up and does it hold a graph. */
@RestController
public class HealthController {
  private final GraphService graphs;

  public HealthController(GraphService graphs) {
    this.graphs = graphs;
  }

  @GetMapping("/api/health")
  Map<String, Object> health() {
    return Map.of("status", "UP", "nodes", graphs.graph().nodes().size());
  }
}
