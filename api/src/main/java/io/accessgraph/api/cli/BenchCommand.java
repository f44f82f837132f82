package io.accessgraph.api.cli;

import io.accessgraph.api.bench.BenchReport;
import io.accessgraph.api.bench.BenchResult;
import io.accessgraph.api.bench.MacroBenchmark;
import io.accessgraph.ingest.synth.SynthOptions;
import io.accessgraph.store.GraphStore;
import io.accessgraph.store.StoreConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench}: the macro benchmark on a synthetic organization. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Generates a synthetic organization and times each phase of the real pipeline (parse,"
          + " Neo4j load, analysis, queries) with peak heap, then checks the analysis against the"
          + " planted answers. Uses a fresh embedded Neo4j in a temporary directory unless"
          + " --neo4j-uri is given (the synthetic accounts are then written into that database).",
      "Exit code 0 when every planted answer is right, 3 when one is wrong."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--accounts",
      defaultValue = "10",
      paramLabel = "N",
      description = "Accounts (default: ${DEFAULT-VALUE}).")
  int accounts;

  @Option(
      names = "--principals-per-account",
      defaultValue = "1000",
      paramLabel = "M",
      description = "Users and roles per account (default: ${DEFAULT-VALUE}).")
  int principalsPerAccount;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "S",
      description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--queries",
      defaultValue = "1000",
      paramLabel = "Q",
      description = "Measured queries of each kind (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--neo4j-uri", paramLabel = "URI", description = "Benchmark an external Neo4j.")
  URI neo4jUri;

  @Option(
      names = "--markdown",
      description = "Print the result as a Markdown section for docs/benchmarks.md.")
  boolean markdown;

  @Override
  public Integer call() throws IOException {
    if (queries < 1 || queries > 1_000_000) {
      throw new IllegalArgumentException("--queries must be between 1 and 1000000, was " + queries);
    }
    SynthOptions options = new SynthOptions(accounts, principalsPerAccount, seed);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path work = Files.createTempDirectory("accessgraph-bench");
    BenchResult result;
    try (GraphStore store =
        GraphStore.open(StoreConfig.fromEnvironment(work.resolve("data"), neo4jUri))) {
      result =
          new MacroBenchmark(
                  store,
                  line -> {
                    err.println("bench: " + line);
                    err.flush();
                  })
              .run(options, work.resolve("input"), queries);
    } finally {
      TempDirs.deleteRecursively(work);
    }
    if (markdown) {
      BenchReport.markdown(result, out);
    } else {
      BenchReport.table(result, out);
    }
    return result.correct() ? 0 : 3;
  }
}
