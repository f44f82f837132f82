package io.accessgraph.api.server;

import io.accessgraph.api.query.QueryLimits;
import io.accessgraph.api.view.NodeDetail;
import io.accessgraph.api.view.OrganizationView;
import io.accessgraph.api.view.SearchResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Exploration: the organization tree, search and node detail. */
@RestController
@Tag(name = "explore", description = "Organization tree, search, node detail")
public class ExploreController {
  private final GraphService graphs;
  private final QueryExecutor executor;

  public ExploreController(GraphService graphs, QueryExecutor executor) {
    this.graphs = graphs;
    this.executor = executor;
  }

  @Operation(summary = "The OU tree with accounts and per-account counts")
  @GetMapping("/api/organization")
  OrganizationView organization() {
    return executor.run(() -> graphs.queries().organization());
  }

  @Operation(summary = "Principals, instances, accounts and access key ids by prefix or substring")
  @GetMapping("/api/search")
  SearchResult search(
      @RequestParam("q") String q,
      @RequestParam(name = "page", defaultValue = "0") int page,
      @RequestParam(name = "size", defaultValue = "" + QueryLimits.DEFAULT_PAGE_SIZE) int size) {
    return executor.run(() -> graphs.queries().search(q, page, size));
  }

  @Operation(
      summary = "Everything about one node; page and size page its inbound and outbound edges")
  @GetMapping("/api/node")
  NodeDetail node(
      @RequestParam("id") String id,
      @RequestParam(name = "page", defaultValue = "0") int page,
      @RequestParam(name = "size", defaultValue = "" + QueryLimits.DEFAULT_PAGE_SIZE) int size) {
    return executor.run(() -> graphs.queries().node(id, page, size));
  }
}
