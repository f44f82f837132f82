package io.accessgraph.api.cli;

import picocli.CommandLine.Command;

/** {@code query …}: questions to the stored access graph. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = "Queries the stored access graph.",
    subcommands = {
      EscalationsQuery.class,
      BlastRadiusQuery.class,
      WhoCanReachQuery.class,
      PathsQuery.class,
      FindingsQuery.class,
      CanQuery.class,
      AdminsQuery.class,
      PermissionsQuery.class
    })
final class QueryCommand {}
