package io.accessgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@link RuleMatchingShapeBenchmark} in CPU time of the calling thread, for machines whose cores
 * are shared: the one-account {@code find} runs on that thread alone (a parallel stream over one
 * account does not fork), so the CPU time the operating system gave it is the work done, whatever
 * the neighbours do. Prints, per shape, the median CPU milliseconds per call and the cost of one
 * principal of the shape: (median − median of "none") / users of the shape.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.accessgraph.bench.RuleMatchingCpuTime
 * [rounds] [calls per round] [none,narrow,wildcard,passrole]}
 */
public final class RuleMatchingCpuTime {
  private RuleMatchingCpuTime() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    String[] shapes = (args.length > 2 ? args[2] : "none,narrow,wildcard,passrole").split(",");
    if (rounds < 1 || perRound < 1) {
      throw new IllegalArgumentException(
          "rounds and calls per round must be at least 1, got " + rounds + " and " + perRound);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (!threads.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure thread CPU time");
    }
    Map<String, Double> medians = new LinkedHashMap<>();
    for (String shape : shapes) {
      RuleMatchingShapeBenchmark state = new RuleMatchingShapeBenchmark();
      state.shape = shape;
      state.setup();
      medians.put(shape, measure(state, rounds, perRound, threads));
    }
    Double none = medians.get("none");
    medians.forEach(
        (shape, ms) ->
            System.out.printf(
                Locale.ROOT,
                "%-9s %9.2f CPU-ms per account%s%n",
                shape,
                ms,
                none == null || shape.equals("none")
                    ? ""
                    : String.format(
                        Locale.ROOT,
                        ", %8.3f CPU-ms per %s principal",
                        (ms - none) / RuleMatchingShapeBenchmark.SHAPED,
                        shape)));
  }

  /** Median CPU milliseconds per call over the rounds, after two rounds of warm-up. */
  private static double measure(
      RuleMatchingShapeBenchmark state, int rounds, int perRound, ThreadMXBean threads) {
    Object sink = null;
    // Warm-up: let the JIT compile the hot path before anything is counted.
    for (int i = 0; i < 2 * perRound; i++) {
      sink = state.matchAccount();
    }
    List<Double> perCall = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      long cpu0 = threads.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      for (int i = 0; i < perRound; i++) {
        sink = state.matchAccount();
      }
      double cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / perRound;
      double wallMs = (System.nanoTime() - wall0) / 1e6 / perRound;
      perCall.add(cpuMs);
      System.out.printf(
          Locale.ROOT,
          "%-9s round %d: %9.2f CPU-ms  %9.2f wall-ms per call%n",
          state.shape,
          r + 1,
          cpuMs,
          wallMs);
    }
    if (sink == null) {
      throw new IllegalStateException(state.shape + " returned null");
    }
    perCall.sort(null);
    return perCall.get(perCall.size() / 2);
  }
}
