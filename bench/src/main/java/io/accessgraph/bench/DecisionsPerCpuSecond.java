package io.accessgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Decisions per CPU-second of the benchmark thread, for machines whose cores are shared with other
 * work: wall-clock throughput (JMH) then measures the neighbours as much as the engine, while the
 * CPU time the operating system actually gave this thread does not. Runs the same operations as
 * {@link PolicyEvaluationBenchmark} on the same state, single-threaded.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.accessgraph.bench.DecisionsPerCpuSecond
 * [rounds] [decisions per round] [evaluate,canAssume,admin]}
 */
public final class DecisionsPerCpuSecond {
  private DecisionsPerCpuSecond() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
    int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 2_000_000;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (!threads.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure thread CPU time");
    }
    List<String> which =
        List.of((args.length > 2 ? args[2] : "evaluate,canAssume,admin").split(","));
    PolicyEvaluationBenchmark state = new PolicyEvaluationBenchmark();
    state.setup();
    if (which.contains("evaluate")) {
      measure("evaluate", state::evaluate, rounds, perRound, threads);
    }
    if (which.contains("canAssume")) {
      measure("canAssume", state::canAssume, rounds, perRound, threads);
    }
    if (which.contains("admin")) {
      measure("admin", state::admin, rounds, perRound / 4, threads);
    }
  }

  private static void measure(
      String name, Supplier<Object> op, int rounds, int perRound, ThreadMXBean threads) {
    Object sink = null;
    // Warm-up: let the JIT compile the hot path before anything is counted.
    for (int i = 0; i < perRound; i++) {
      sink = op.get();
    }
    for (int r = 0; r < rounds; r++) {
      long cpu0 = threads.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      for (int i = 0; i < perRound; i++) {
        sink = op.get();
      }
      long cpu = threads.getCurrentThreadCpuTime() - cpu0;
      long wall = System.nanoTime() - wall0;
      System.out.printf(
          Locale.ROOT,
          "%-9s round %d: %,12.0f per CPU-second  %,12.0f per wall-second%n",
          name,
          r + 1,
          perRound * 1e9 / cpu,
          perRound * 1e9 / wall);
    }
    if (sink == null) {
      throw new IllegalStateException(name + " returned null");
    }
  }
}
