package io.accessgraph.api.cli;

import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.api.pipeline.AccessPipeline;
import io.accessgraph.store.GraphStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code analyze}: re-derive the access graph from what is stored. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "Re-runs the analysis over the stored data and stores the derived edges.")
final class AnalyzeCommand implements Callable<Integer> {
  @Mixin GraphOptions graph;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (GraphStore store = graph.open()) {
      AccessGraphData data = new AccessPipeline(store).analyze();
      spec.commandLine()
          .getOut()
          .printf("analysis: %d nodes, %d edges%n", data.nodes().size(), data.edges().size());
    }
    return 0;
  }
}
