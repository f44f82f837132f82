package io.accessgraph.api.bench;

import java.util.List;

/** Everything one benchmark run measured, and whether the analysis gave the planted answers. */
public record BenchResult(
    int accounts,
    int principalsPerAccount,
    long seed,
    long principals,
    long nodes,
    long relationships,
    long edges,
    double maxHeapMb,
    List<PhaseTiming> phases,
    List<Latencies> queries,
    int plantedChecks,
    List<String> plantedFailures) {

  public boolean correct() {
    return plantedFailures.isEmpty();
  }
}
