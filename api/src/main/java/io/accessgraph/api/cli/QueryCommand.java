package io.accessgraph.api.cli;

import picocli.CommandLine.Command;

/** {@code query …}: questions to the stored access graph. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = "Queries the stored access graph.",
    subcommands = {PathsQuery.class})
final class QueryCommand {}
