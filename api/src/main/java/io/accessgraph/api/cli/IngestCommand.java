package io.accessgraph.api.cli;

import io.accessgraph.api.pipeline.AccessPipeline;
import io.accessgraph.api.pipeline.AccessPipeline.IngestOutcome;
import io.accessgraph.ingest.aws.CollectResult;
import io.accessgraph.ingest.offline.OfflineSnapshotReader;
import io.accessgraph.model.snapshot.Snapshot;
import io.accessgraph.store.GraphStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ingest --from DIR}: load AWS CLI outputs into the graph and analyze. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Loads a directory of AWS CLI JSON outputs (any file names, detected by content), or"
          + " collects live from the AWS Organization, into the graph: replaces the stored data"
          + " of each account it contains, then re-runs the analysis.",
      "Exit code 0 when everything was ingested (problems are listed), 2 when a live"
          + " collection missed accounts, 1 when nothing could be."
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin GraphOptions graph;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Mixin AwsOptions aws;

  /** Exactly one source. */
  static final class Source {
    @Option(
        names = "--from",
        paramLabel = "DIR",
        description = "Directory of AWS CLI outputs (see docs/offline-input.md).")
    Path from;

    @Option(
        names = "--aws",
        description = "Collect live from the AWS Organization (read-only; see docs/collector.md).")
    boolean aws;
  }

  @Override
  public Integer call() throws IOException {
    if (source.aws) {
      Path collected = Files.createTempDirectory("accessgraph-collect");
      try {
        CollectResult result = LiveCollection.collect(aws, collected, spec.commandLine().getOut());
        if (result.exitCode() == 1) {
          spec.commandLine().getErr().println("accessgraph: nothing could be collected");
          return 1;
        }
        int code = ingest(collected, "the AWS Organization");
        return code == 0 ? result.exitCode() : code;
      } finally {
        TempDirs.deleteRecursively(collected);
      }
    }
    return ingest(source.from, source.from.toString());
  }

  private int ingest(Path dir, String description) {
    Snapshot snapshot = new OfflineSnapshotReader().read(dir);
    IngestReporter reporter =
        new IngestReporter(spec.commandLine().getOut(), spec.commandLine().getErr());
    reporter.problems(snapshot);
    if (snapshot.isEmpty()) {
      reporter.nothingIngested(description);
      return 1;
    }
    try (GraphStore store = graph.open()) {
      IngestOutcome outcome = new AccessPipeline(store).ingest(snapshot);
      reporter.summary(outcome);
    }
    return 0;
  }
}
