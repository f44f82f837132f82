package io.accessgraph.api.cli;

import io.accessgraph.analysis.graph.TraversalOptions;
import picocli.CommandLine.Option;

/** How far graph queries walk; limits are checked by the query service, as for the REST API. */
final class TraversalFlags {
  @Option(
      names = "--max-hops",
      paramLabel = "N",
      defaultValue = "" + TraversalOptions.DEFAULT_MAX_HOPS,
      description = "Longest path considered (default: ${DEFAULT-VALUE}, at most 16).")
  int maxHops;

  @Option(
      names = "--no-conditional",
      description =
          "Leave out edges that hold only under request-time conditions (followed and marked"
              + " otherwise).")
  boolean noConditional;

  boolean conditional() {
    return !noConditional;
  }
}
