package io.accessgraph.api.cli;

import io.accessgraph.api.query.AccessQueries;
import io.accessgraph.api.query.QueryLoader;
import io.accessgraph.store.GraphStore;
import java.io.PrintWriter;
import java.util.function.BiConsumer;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/** Runs one query against the stored graph and prints it as JSON or as a table. */
final class QueryRun {
  private QueryRun() {}

  static <T> int print(
      CommandSpec spec,
      GraphOptions graph,
      QueryOptions options,
      Function<AccessQueries, T> query,
      BiConsumer<T, PrintWriter> table) {
    T result;
    try (GraphStore store = graph.open()) {
      result = query.apply(QueryLoader.load(store));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (options.format == OutputFormat.JSON) {
      out.println(Json.write(result));
    } else {
      table.accept(result, out);
    }
    out.flush();
    return 0;
  }
}
