package io.accessgraph.api.cli;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.api.pipeline.AccessPipeline.IngestOutcome;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.IngestProblem;
import io.accessgraph.model.snapshot.Snapshot;
import java.io.PrintWriter;

/** Prints what an ingest did: problems first (stderr), then a per-account summary. */
final class IngestReporter {
  private final PrintWriter out;
  private final PrintWriter err;

  IngestReporter(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  void problems(Snapshot snapshot) {
    for (IngestProblem problem : snapshot.problems()) {
      err.println("warning: " + problem);
    }
    err.flush();
  }

  void nothingIngested(String source) {
    err.println("accessgraph: nothing could be ingested from " + source);
    err.flush();
  }

  void summary(IngestOutcome outcome) {
    Snapshot snapshot = outcome.snapshot();
    out.printf(
        "%-14s %6s %6s %6s %9s %9s%n",
        "account", "users", "groups", "roles", "policies", "instances");
    for (AccountSnapshot a : snapshot.accountList()) {
      out.printf(
          "%-14s %6d %6d %6d %9d %9d%n",
          a.accountId(),
          a.users().size(),
          a.groups().size(),
          a.roles().size(),
          a.policies().size(),
          a.instances().size());
    }
    snapshot
        .organization()
        .ifPresent(
            org ->
                out.printf(
                    "organization %s: %d OUs, %d accounts, %d policies%n",
                    org.id(), org.units().size(), org.accounts().size(), org.policies().size()));
    long admins = outcome.analysis().nodes().stream().filter(AccessNode::admin).count();
    long conditional = outcome.analysis().edges().stream().filter(AccessEdge::conditional).count();
    out.printf(
        "analysis: %d nodes, %d edges (%d conditional), %d admins%n",
        outcome.analysis().nodes().size(), outcome.analysis().edges().size(), conditional, admins);
    if (!snapshot.problems().isEmpty()) {
      out.printf(
          "%d problem(s) reported above; the rest was ingested%n", snapshot.problems().size());
    }
    out.flush();
  }
}
