package io.accessgraph.api.cli;

import picocli.CommandLine.Option;

/** The output format every query shares. */
final class QueryOptions {
  @Option(
      names = "--format",
      paramLabel = "json|table",
      defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat format;
}
