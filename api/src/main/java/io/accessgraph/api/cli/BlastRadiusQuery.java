package io.accessgraph.api.cli;

import io.accessgraph.api.view.AccountReach;
import io.accessgraph.api.view.BlastRadiusResult;
import io.accessgraph.api.view.PathStep;
import io.accessgraph.api.view.ReachedNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code query blast-radius --from X}: everything a compromised X can reach. */
@Command(
    name = "blast-radius",
    mixinStandardHelpOptions = true,
    description =
        "Everything reachable from a compromised principal, instance, access key or session:"
            + " principals with their shortest path, accounts (admin or not), and the source's"
            + " own permissions by service.")
final class BlastRadiusQuery implements Callable<Integer> {
  @Mixin GraphOptions graph;
  @Mixin QueryOptions query;
  @Mixin TraversalFlags traversal;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "X",
      description = "ARN, EC2 instance id, access key id or assumed-role session ARN.")
  String from;

  @Override
  public Integer call() {
    return QueryRun.print(
        spec,
        graph,
        query,
        q -> q.blastRadius(from, traversal.maxHops, traversal.conditional()),
        BlastRadiusQuery::printTable);
  }

  private static void printTable(BlastRadiusResult result, PrintWriter out) {
    out.println("source: " + result.source());
    TextTable reached = new TextTable("HOPS", "ADMIN", "ACCOUNT", "KIND", "ARN", "VIA");
    for (ReachedNode n : result.reachable()) {
      PathStep last = n.path().get(n.path().size() - 1);
      reached.row(
          n.hops(),
          n.admin() ? "yes" : "",
          n.account(),
          n.kind(),
          n.arn(),
          last.method() + (last.conditional() ? " (conditional)" : ""));
    }
    if (reached.isEmpty()) {
      out.println("reaches nothing beyond itself");
    } else {
      reached.print(out);
    }
    out.println();
    TextTable accounts = new TextTable("ACCOUNT", "ADMIN");
    for (AccountReach a : result.accounts()) {
      accounts.row(a.id(), a.admin() ? "yes" : "no");
    }
    accounts.print(out);
    out.println();
    out.println(
        "permissions of "
            + (result.permissionsOf().isEmpty()
                ? "(unknown)"
                : String.join(", ", result.permissionsOf()))
            + ": "
            + String.join(", ", result.permissions().keySet()));
  }
}
