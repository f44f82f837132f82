package io.accessgraph.api.cli;

import io.accessgraph.api.query.QueryLimits;
import io.accessgraph.api.view.EdgeView;
import io.accessgraph.api.view.PathView;
import io.accessgraph.api.view.PathsResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code query paths --from X --to Y}: the k shortest paths. */
@Command(
    name = "paths",
    mixinStandardHelpOptions = true,
    description = "The k shortest paths from one principal or instance to another.")
final class PathsQuery implements Callable<Integer> {
  @Mixin GraphOptions graph;
  @Mixin QueryOptions query;
  @Mixin TraversalFlags traversal;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "X",
      description = "ARN, EC2 instance id, access key id or assumed-role session ARN.")
  String from;

  @Option(names = "--to", required = true, paramLabel = "Y", description = "The target, as --from.")
  String to;

  @Option(
      names = "--k",
      defaultValue = "" + QueryLimits.DEFAULT_K,
      paramLabel = "N",
      description = "How many paths (default: ${DEFAULT-VALUE}, at most 20).")
  int k;

  @Override
  public Integer call() {
    return QueryRun.print(
        spec,
        graph,
        query,
        q -> q.paths(from, to, k, traversal.maxHops, traversal.conditional()),
        PathsQuery::printTable);
  }

  private static void printTable(PathsResult result, PrintWriter out) {
    if (result.paths().isEmpty()) {
      out.println("no path from " + result.from() + " to " + result.to());
      return;
    }
    int n = 1;
    for (PathView path : result.paths()) {
      out.printf(
          "path %d: %d hop(s)%s%n", n++, path.hops(), path.conditional() ? " (conditional)" : "");
      out.println("  " + result.from());
      for (EdgeView edge : path.edges()) {
        out.printf(
            "    --[%s %s%s]--> %s%n",
            edge.kind(), edge.method(), edge.conditional() ? ", conditional" : "", edge.to());
      }
    }
  }
}
