package io.accessgraph.api.cli;

import io.accessgraph.analysis.graph.TraversalOptions;
import picocli.CommandLine.Option;

/** Options every graph query shares. */
final class QueryOptions {
  @Option(
      names = "--format",
      paramLabel = "json|table",
      defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = "--max-hops",
      paramLabel = "N",
      defaultValue = "" + TraversalOptions.DEFAULT_MAX_HOPS,
      description = "Longest path considered (default: ${DEFAULT-VALUE}).")
  int maxHops;

  @Option(
      names = "--no-conditional",
      description = "Leave out edges that hold only under request-time conditions.")
  boolean noConditional;

  TraversalOptions traversal() {
    if (maxHops < 1 || maxHops > 32) {
      throw new IllegalArgumentException("--max-hops must be between 1 and 32, was " + maxHops);
    }
    return new TraversalOptions(maxHops, !noConditional);
  }
}
