package io.accessgraph.api.cli;

import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.api.pipeline.AccessPipeline;
import io.accessgraph.api.view.EdgeView;
import io.accessgraph.api.view.PathView;
import io.accessgraph.api.view.PathsResult;
import io.accessgraph.store.GraphStore;
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

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "X",
      description = "ARN, EC2 instance id or assumed-role session ARN.")
  String from;

  @Option(names = "--to", required = true, paramLabel = "Y", description = "ARN of the target.")
  String to;

  @Option(
      names = "--k",
      defaultValue = "3",
      paramLabel = "N",
      description = "How many paths (default: ${DEFAULT-VALUE}).")
  int k;

  @Override
  public Integer call() {
    if (k < 1 || k > 100) {
      throw new IllegalArgumentException("--k must be between 1 and 100, was " + k);
    }
    PathsResult result;
    try (GraphStore store = graph.open()) {
      AccessGraph access = new AccessPipeline(store).loadGraph();
      String source = access.resolve(from).arn();
      String target = access.resolve(to).arn();
      result =
          new PathsResult(
              source,
              target,
              access.paths(source, target, k, query.traversal()).stream()
                  .map(PathView::of)
                  .toList());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (query.format == OutputFormat.JSON) {
      out.println(Json.write(result));
    } else {
      printTable(result, out);
    }
    out.flush();
    return 0;
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
