package io.accessgraph.api.server;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one endpoint without authentication: is the server up, how big is its graph, and is the
 * current version fully loaded ({@code ready}: snapshot, policy engine and indexes built).
 */
@RestController
@Tag(name = "health")
public class HealthController {
  private final GraphService graphs;

  public HealthController(GraphService graphs) {
    this.graphs = graphs;
  }

  @Operation(summary = "Is the server up (no token needed)")
  @SecurityRequirements
  @GetMapping("/api/health")
  Map<String, Object> health() {
    return Map.of(
        "status", "UP", "nodes", graphs.queries().graph().nodes().size(), "ready", graphs.ready());
  }
}
