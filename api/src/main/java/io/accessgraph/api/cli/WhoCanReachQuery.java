package io.accessgraph.api.cli;

import io.accessgraph.api.view.ReachedNode;
import io.accessgraph.api.view.WhoCanReachResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code query who-can-reach --to X | --admin-of ACCOUNT}: inbound. */
@Command(
    name = "who-can-reach",
    mixinStandardHelpOptions = true,
    description =
        "Every principal and instance that can reach a target, or become admin of an account,"
            + " each with its shortest path.")
final class WhoCanReachQuery implements Callable<Integer> {
  @Mixin GraphOptions graph;
  @Mixin QueryOptions query;
  @Mixin TraversalFlags traversal;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  /** Exactly one target. */
  static final class Target {
    @Option(
        names = "--to",
        paramLabel = "X",
        description = "ARN, EC2 instance id, access key id or assumed-role session ARN.")
    String to;

    @Option(
        names = "--admin-of",
        paramLabel = "ACCOUNT",
        description = "Who can become admin of this account (12-digit id).")
    String adminOf;
  }

  @Override
  public Integer call() {
    return QueryRun.print(
        spec,
        graph,
        query,
        q -> q.whoCanReach(target.to, target.adminOf, traversal.maxHops, traversal.conditional()),
        WhoCanReachQuery::printTable);
  }

  private static void printTable(WhoCanReachResult result, PrintWriter out) {
    out.println("target: " + result.target());
    TextTable table = new TextTable("HOPS", "ADMIN", "ACCOUNT", "KIND", "ARN", "FIRST STEP");
    for (ReachedNode n : result.reaching()) {
      table.row(
          n.hops(),
          n.admin() ? "yes" : "",
          n.account(),
          n.kind(),
          n.arn(),
          n.path().isEmpty()
              ? "(is a target)"
              : n.path().get(0).method() + " -> " + n.path().get(0).to());
    }
    if (table.isEmpty()) {
      out.println("nothing can reach it");
    } else {
      table.print(out);
    }
  }
}
