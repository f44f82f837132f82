package io.accessgraph.api.server;

import io.accessgraph.analysis.graph.TraversalOptions;
import io.accessgraph.analysis.policy.EffectivePermissions;
import io.accessgraph.api.query.MalformedInputException;
import io.accessgraph.api.query.QueryLimits;
import io.accessgraph.api.view.AdminsResult;
import io.accessgraph.api.view.BlastRadiusResult;
import io.accessgraph.api.view.CanResult;
import io.accessgraph.api.view.EscalationsResult;
import io.accessgraph.api.view.FindingsResult;
import io.accessgraph.api.view.PathsResult;
import io.accessgraph.api.view.WhoCanReachResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The queries of the command line, with the same parameters and the same JSON. Node parameters take
 * an ARN, an EC2 instance id, an access key id or an assumed-role session ARN.
 */
@RestController
@Tag(name = "queries", description = "The CLI queries: paths, blast radius, escalations, policy")
public class QueryController {
  private static final String HOPS = "" + TraversalOptions.DEFAULT_MAX_HOPS;

  private final GraphService graphs;
  private final QueryExecutor executor;

  public QueryController(GraphService graphs, QueryExecutor executor) {
    this.graphs = graphs;
    this.executor = executor;
  }

  @Operation(summary = "The k shortest paths from one node to another")
  @GetMapping("/api/paths")
  PathsResult paths(
      @RequestParam("from") String from,
      @RequestParam("to") String to,
      @RequestParam(name = "k", defaultValue = "" + QueryLimits.DEFAULT_K) int k,
      @RequestParam(name = "maxHops", defaultValue = HOPS) int maxHops,
      @RequestParam(name = "conditional", defaultValue = "true") boolean conditional) {
    return executor.run(() -> graphs.queries().paths(from, to, k, maxHops, conditional));
  }

  @Operation(summary = "Everything reachable from a (compromised) node")
  @GetMapping("/api/blast-radius")
  BlastRadiusResult blastRadius(
      @RequestParam("from") String from,
      @RequestParam(name = "maxHops", defaultValue = HOPS) int maxHops,
      @RequestParam(name = "conditional", defaultValue = "true") boolean conditional) {
    return executor.run(() -> graphs.queries().blastRadius(from, maxHops, conditional));
  }

  @Operation(summary = "Everything that can reach a node, or become admin of an account (adminOf)")
  @GetMapping("/api/who-can-reach")
  WhoCanReachResult whoCanReach(
      @RequestParam(name = "to", required = false) String to,
      @RequestParam(name = "adminOf", required = false) String adminOf,
      @RequestParam(name = "maxHops", defaultValue = HOPS) int maxHops,
      @RequestParam(name = "conditional", defaultValue = "true") boolean conditional) {
    return executor.run(() -> graphs.queries().whoCanReach(to, adminOf, maxHops, conditional));
  }

  @Operation(summary = "Non-admin principals and instances that can reach an admin")
  @GetMapping("/api/escalations")
  EscalationsResult escalations(
      @RequestParam(name = "account", required = false) String account,
      @RequestParam(name = "ou", required = false) String ou,
      @RequestParam(name = "maxHops", defaultValue = HOPS) int maxHops,
      @RequestParam(name = "conditional", defaultValue = "true") boolean conditional) {
    return executor.run(() -> graphs.queries().escalations(account, ou, maxHops, conditional));
  }

  @Operation(summary = "Findings for access reviews")
  @GetMapping("/api/findings")
  FindingsResult findings(
      @RequestParam(name = "severity", required = false) String severity,
      @RequestParam(name = "type", required = false) String type,
      @RequestParam(name = "account", required = false) String account) {
    return executor.run(() -> graphs.queries().findings(severity, type, account));
  }

  @Operation(summary = "May the principal perform the action on the resource?")
  @GetMapping("/api/can")
  CanResult can(
      @RequestParam("principal") String principal,
      @RequestParam("action") String action,
      @RequestParam("resource") String resource,
      @RequestParam(name = "context", required = false) List<String> context) {
    Map<String, String> keys = context(context);
    return executor.run(() -> graphs.queries().can(principal, action, resource, keys));
  }

  @Operation(summary = "Admin principals with their evidence")
  @GetMapping("/api/admins")
  AdminsResult admins(@RequestParam(name = "account", required = false) String account) {
    return executor.run(() -> graphs.queries().admins(account));
  }

  @Operation(summary = "The effective-permissions summary of a principal")
  @GetMapping("/api/permissions")
  EffectivePermissions permissions(@RequestParam("principal") String principal) {
    return executor.run(() -> graphs.queries().permissions(principal));
  }

  /** {@code context=KEY=VALUE}, repeated, as the CLI's {@code --context}. */
  static Map<String, String> context(List<String> pairs) {
    Map<String, String> out = new LinkedHashMap<>();
    if (pairs == null) {
      return out;
    }
    if (pairs.size() > 64) {
      throw new io.accessgraph.api.query.LimitExceededException(
          "contextKeys", "at most 64 context keys, got " + pairs.size());
    }
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new MalformedInputException(
            "context", "context: expected KEY=VALUE (e.g. aws:SourceIp=203.0.113.7)");
      }
      out.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return out;
  }
}
