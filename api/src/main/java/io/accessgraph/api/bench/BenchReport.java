package io.accessgraph.api.bench;

import java.io.PrintWriter;

/** Prints a benchmark result as a table for people or as a Markdown section for the docs. */
public final class BenchReport {
  private BenchReport() {}

  public static void table(BenchResult r, PrintWriter out) {
    out.printf(
        "%d accounts x %d principals (seed %d): %,d principals, %,d nodes, %,d relationships,"
            + " %,d derived edges, max heap %.0f MB%n",
        r.accounts(),
        r.principalsPerAccount(),
        r.seed(),
        r.principals(),
        r.nodes(),
        r.relationships(),
        r.edges(),
        r.maxHeapMb());
    out.printf("%-26s %10s %12s  %s%n", "phase", "seconds", "peak heap MB", "detail");
    for (PhaseTiming p : r.phases()) {
      out.printf("%-26s %10.2f %12.0f  %s%n", p.phase(), p.seconds(), p.peakHeapMb(), p.detail());
    }
    out.printf(
        "%-26s %8s %9s %9s %9s %9s%n", "query", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
    for (Latencies q : r.queries()) {
      out.printf(
          "%-26s %8d %9.2f %9.2f %9.2f %9.2f%n",
          q.query(), q.count(), q.p50(), q.p95(), q.p99(), q.max());
    }
    out.printf(
        "planted answers: %d/%d correct%n",
        r.plantedChecks() - r.plantedFailures().size(), r.plantedChecks());
    r.plantedFailures().forEach(f -> out.println("  WRONG " + f));
    out.flush();
  }

  public static void markdown(BenchResult r, PrintWriter out) {
    out.printf(
        "### %d accounts × %d principals (seed %d)%n%n%,d principals, %,d nodes, %,d relationships,"
            + " %,d derived edges; max heap %.0f MB; planted answers %d/%d correct.%n%n",
        r.accounts(),
        r.principalsPerAccount(),
        r.seed(),
        r.principals(),
        r.nodes(),
        r.relationships(),
        r.edges(),
        r.maxHeapMb(),
        r.plantedChecks() - r.plantedFailures().size(),
        r.plantedChecks());
    out.println("| phase | seconds | peak heap MB | detail |");
    out.println("|---|---:|---:|---|");
    for (PhaseTiming p : r.phases()) {
      out.printf("| %s | %.2f | %.0f | %s |%n", p.phase(), p.seconds(), p.peakHeapMb(), p.detail());
    }
    out.println();
    out.println("| query | count | p50 ms | p95 ms | p99 ms | max ms |");
    out.println("|---|---:|---:|---:|---:|---:|");
    for (Latencies q : r.queries()) {
      out.printf(
          "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n",
          q.query(), q.count(), q.p50(), q.p95(), q.p99(), q.max());
    }
    out.println();
    out.flush();
  }
}
