package io.accessgraph.api.bench;

import java.util.Arrays;

/** Latency samples of one query kind, summarized as percentiles in milliseconds. */
public record Latencies(String query, int count, double p50, double p95, double p99, double max) {

  static Latencies of(String query, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Latencies(
        query,
        sorted.length,
        millis(percentile(sorted, 0.50)),
        millis(percentile(sorted, 0.95)),
        millis(percentile(sorted, 0.99)),
        millis(sorted.length == 0 ? 0 : sorted[sorted.length - 1]));
  }

  /** Nearest-rank percentile. */
  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}
