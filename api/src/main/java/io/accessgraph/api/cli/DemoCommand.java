package io.accessgraph.api.cli;

import io.accessgraph.api.pipeline.AccessPipeline;
import io.accessgraph.api.pipeline.AccessPipeline.IngestOutcome;
import io.accessgraph.api.server.ServerSettings;
import io.accessgraph.ingest.demo.DemoOrganization;
import io.accessgraph.ingest.offline.OfflineSnapshotReader;
import io.accessgraph.model.snapshot.Snapshot;
import io.accessgraph.store.GraphStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code demo}: the bundled demo organization, analyzed and served. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the graph store, loads the bundled demo organization (six accounts, see"
          + " docs/demo.md), runs the analysis and serves the web view and API.",
      "Uses its own data directory (default: demo-data) so it never mixes with real data."
    })
final class DemoCommand implements Callable<Integer> {
  @Mixin GraphOptions graph;
  @Mixin ServerOptions server;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--no-serve",
      description = "Load and analyze the demo, print the summary, and exit.")
  boolean noServe;

  @Override
  public Integer call() {
    graph.defaultDataDir = Path.of("demo-data");
    Snapshot snapshot = new OfflineSnapshotReader().read(DemoOrganization.files());
    IngestReporter reporter =
        new IngestReporter(spec.commandLine().getOut(), spec.commandLine().getErr());
    reporter.problems(snapshot);
    GraphStore store = graph.open();
    try {
      IngestOutcome outcome = new AccessPipeline(store).ingest(snapshot);
      reporter.summary(outcome);
      if (!noServe) {
        ServerRunner.runUntilStopped(
            store,
            new ServerSettings(server.port, server.bind, graph.dataDir()),
            spec.commandLine().getOut(),
            true);
      }
    } finally {
      store.close();
    }
    return 0;
  }
}
