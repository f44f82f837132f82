package io.accessgraph.api.cli;

/** How a query prints its result: JSON for scripts, a table for people. */
enum OutputFormat {
  JSON,
  TABLE
}
