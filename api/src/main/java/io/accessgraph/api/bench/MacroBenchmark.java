package io.accessgraph.api.bench;

import io.accessgraph.analysis.escalation.AccessAnalyzer;
import io.accessgraph.analysis.findings.Finding;
import io.accessgraph.analysis.findings.FindingsAnalyzer;
import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.NodeKind;
import io.accessgraph.analysis.graph.TraversalOptions;
import io.accessgraph.analysis.policy.PolicyEngine;
import io.accessgraph.ingest.offline.OfflineSnapshotReader;
import io.accessgraph.ingest.synth.SynthOptions;
import io.accessgraph.ingest.synth.SynthResult;
import io.accessgraph.ingest.synth.SyntheticOrganization;
import io.accessgraph.model.snapshot.Snapshot;
import io.accessgraph.store.GraphStore;
import io.accessgraph.store.StoreCounts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs the real pipeline on a synthetic organization, phase by phase, against the given store.
 * Queries run on the in-memory access graph, as the API serves them.
 */
public final class MacroBenchmark {
  private final GraphStore store;
  private final Consumer<String> log;
  private final HeapWatch heap = new HeapWatch();
  private final List<PhaseTiming> phases = new ArrayList<>();

  public MacroBenchmark(GraphStore store, Consumer<String> log) {
    this.store = store;
    this.log = log;
  }

  public BenchResult run(SynthOptions options, Path workDir, int queriesPerKind)
      throws IOException {
    SynthResult synth =
        timed(
            "synth",
            () -> write(options, workDir),
            r -> r.files() + " files, " + mb(r.bytes()) + " MB");
    Snapshot snapshot =
        timed(
            "parse",
            () -> new OfflineSnapshotReader().read(workDir),
            s -> s.accounts().size() + " accounts, " + s.problems().size() + " problems");
    StoreCounts before = store.counts();
    timed("neo4j load", () -> store.writeSnapshot(snapshot), r -> "");
    StoreCounts loaded = store.counts();
    long nodes = loaded.nodes() - before.nodes();
    long relationships = loaded.relationships() - before.relationships();
    amendLast(
        String.format(
            "%,d nodes, %,d relationships, %,.0f nodes/s, %,.0f rels/s",
            nodes, relationships, nodes / last().seconds(), relationships / last().seconds()));
    Snapshot stored =
        timed("neo4j read", store::readSnapshot, s -> s.accounts().size() + " accounts");
    PolicyEngine engine = timed("analysis: policy compile", () -> PolicyEngine.of(stored), e -> "");
    AccessGraphData data =
        timed(
            "analysis: edges",
            () -> new AccessAnalyzer(stored, engine).analyze(),
            d -> String.format("%,d nodes, %,d edges", d.nodes().size(), d.edges().size()));
    timed(
        "neo4j write analysis",
        () -> {
          store.writeAnalysis(data);
          return data;
        },
        d -> "");
    List<Finding> findings =
        timed(
            "analysis: findings",
            () -> FindingsAnalyzer.analyze(stored, engine, data),
            f -> String.format("%,d findings", f.size()));
    timed(
        "neo4j write findings",
        () -> {
          store.writeFindings(findings);
          return findings;
        },
        f -> "");
    AccessGraph graph = timed("graph load", () -> AccessGraph.of(store.readAnalysis()), g -> "");
    List<Latencies> queries = queryLatencies(graph, queriesPerKind, options.seed());
    PlantedAnswers answers = PlantedAnswers.read(synth.expectedAnswers());
    List<String> failures = answers.failures(graph);
    return new BenchResult(
        options.accounts(),
        options.principalsPerAccount(),
        options.seed(),
        synth.principals(),
        nodes,
        relationships,
        data.edges().size(),
        HeapWatch.maxHeapMb(),
        List.copyOf(phases),
        queries,
        answers.size(),
        failures);
  }

  private static SynthResult write(SynthOptions options, Path dir) {
    try {
      return SyntheticOrganization.write(options, dir);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the synthetic organization to " + dir, e);
    }
  }

  private List<Latencies> queryLatencies(AccessGraph graph, int perKind, long seed) {
    List<AccessNode> sources = new ArrayList<>();
    List<AccessNode> admins = new ArrayList<>();
    for (AccessNode node : graph.nodes()) {
      if (node.admin() && node.kind() == NodeKind.ROLE) {
        admins.add(node);
      } else if (node.kind() == NodeKind.EC2_INSTANCE
          || node.kind() == NodeKind.USER
          || node.kind() == NodeKind.ROLE) {
        sources.add(node);
      }
    }
    if (sources.isEmpty() || admins.isEmpty()) {
      return List.of();
    }
    SplittableRandom random = new SplittableRandom(seed);
    TraversalOptions options = TraversalOptions.defaults();
    int warmup = Math.max(10, perKind / 10);
    long[] paths = new long[perKind];
    long[] blast = new long[perKind];
    long[] inbound = new long[perKind];
    for (int i = -warmup; i < perKind; i++) {
      String from = sources.get(random.nextInt(sources.size())).arn();
      String to = admins.get(random.nextInt(admins.size())).arn();
      long t0 = System.nanoTime();
      graph.paths(from, to, 3, options);
      long t1 = System.nanoTime();
      graph.reachableFrom(from, options);
      long t2 = System.nanoTime();
      graph.reaching(to, options);
      long t3 = System.nanoTime();
      if (i >= 0) {
        paths[i] = t1 - t0;
        blast[i] = t2 - t1;
        inbound[i] = t3 - t2;
      }
    }
    return List.of(
        Latencies.of("paths (k=3)", paths),
        Latencies.of("blast radius", blast),
        Latencies.of("who-can-reach", inbound));
  }

  private <T> T timed(
      String phase, Supplier<T> work, java.util.function.Function<T, String> detail) {
    log.accept(phase + " ...");
    System.gc();
    heap.reset();
    long start = System.nanoTime();
    T result = work.get();
    double seconds = (System.nanoTime() - start) / 1e9;
    PhaseTiming timing = new PhaseTiming(phase, seconds, heap.peakMb(), detail.apply(result));
    phases.add(timing);
    log.accept(
        String.format(
            "%s: %.2f s, peak heap %.0f MB %s",
            phase, seconds, timing.peakHeapMb(), timing.detail()));
    return result;
  }

  private PhaseTiming last() {
    return phases.get(phases.size() - 1);
  }

  private void amendLast(String detail) {
    PhaseTiming t = phases.remove(phases.size() - 1);
    phases.add(new PhaseTiming(t.phase(), t.seconds(), t.peakHeapMb(), detail));
  }

  private static String mb(long bytes) {
    return String.format("%.1f", bytes / 1e6);
  }
}
