package io.accessgraph.api.server.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.accessgraph.api.server.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Ingest runs: start (operators), poll, list. */
@RestController
@Tag(name = "ingest", description = "Background ingest runs")
public class IngestRunController {
  private final IngestRuns runs;

  public IngestRunController(IngestRuns runs) {
    this.runs = runs;
  }

  @Operation(summary = "Start an offline or live ingest (operator token); 409 while one runs")
  @PostMapping("/api/ingest-runs")
  ResponseEntity<IngestRunView> start(@RequestBody JsonNode body, HttpServletRequest http) {
    Roles.requireOperator(http, "starting an ingest");
    IngestRunView run = runs.start(IngestRequest.from(body));
    return ResponseEntity.accepted().location(URI.create("/api/ingest-runs/" + run.id())).body(run);
  }

  @Operation(summary = "Past and current runs, most recent first")
  @GetMapping("/api/ingest-runs")
  List<IngestRunView> list() {
    return runs.list();
  }

  @Operation(summary = "One run's state, progress and per-account results")
  @GetMapping("/api/ingest-runs/{id}")
  IngestRunView get(@PathVariable("id") String id) {
    return runs.get(id);
  }
}
