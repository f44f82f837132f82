package io.accessgraph.bench;

import io.accessgraph.analysis.escalation.AccessAnalyzer;
import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraphData;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Principals per second of edge derivation over a whole synthetic organization (10 accounts × 200
 * principals, seed 1, read back through the offline reader). Every benchmark counts one operation
 * per principal, so JMH's score is principals/s:
 *
 * <ul>
 *   <li>{@code analyze}: {@code new AccessAnalyzer(snapshot, engine).analyze()} with a compiled,
 *       warm engine: admin verdicts, trust edges, instance edges and every escalation rule;
 *   <li>{@code analyzeColdEngine}: the same with {@code PolicyEngine.of(snapshot)} first, as the
 *       first analysis after an ingest pays it (policy compile and the engine's lazy caches);
 *   <li>{@code escalationRules}: the rule-matching step alone ({@code EscalationRules.find}), given
 *       the admin verdicts and CAN_ASSUME edges the analyzer would pass it.
 * </ul>
 *
 * <p>The analysis runs accounts (and admin verdicts) in parallel streams, so even with {@code -t 1}
 * it uses every core the machine offers; on a shared machine read the figures with its load.
 * Per-principal costs by grant shape are in {@link RuleMatchingShapeBenchmark}.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar RuleMatchingBenchmark -f 1 -t 1}. One call
 * takes 0.2-0.5 s, so the JIT needs tens of calls: the default warm-up is 15 × 3 s, and scores
 * after {@code -wi 3 -w 2s} are still rising.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Warmup(iterations = 15, time = 3)
@Measurement(iterations = 5, time = 3)
public class RuleMatchingBenchmark {
  static final int ACCOUNTS = 10;
  static final int PRINCIPALS_PER_ACCOUNT = 200;
  static final long SEED = 1;
  private static final int PRINCIPALS = ACCOUNTS * PRINCIPALS_PER_ACCOUNT;

  private RuleMatchingInputs inputs;

  @Setup
  public void setup() {
    inputs =
        RuleMatchingInputs.of(RuleMatchingInputs.synthetic(ACCOUNTS, PRINCIPALS_PER_ACCOUNT, SEED));
    // An analysis that finds nothing would measure an empty loop, not rule matching.
    if (inputs.findEscalations().isEmpty()) {
      throw new IllegalStateException("the synthetic organization yields no escalation edge");
    }
  }

  @Benchmark
  @OperationsPerInvocation(PRINCIPALS)
  public AccessGraphData analyze() {
    return new AccessAnalyzer(inputs.snapshot(), inputs.engine()).analyze();
  }

  @Benchmark
  @OperationsPerInvocation(PRINCIPALS)
  public AccessGraphData analyzeColdEngine() {
    return AccessAnalyzer.analyze(inputs.snapshot());
  }

  @Benchmark
  @OperationsPerInvocation(PRINCIPALS)
  public List<AccessEdge> escalationRules() {
    return inputs.findEscalations();
  }
}
