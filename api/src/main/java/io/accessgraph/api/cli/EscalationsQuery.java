package io.accessgraph.api.cli;

import io.accessgraph.api.view.Escalation;
import io.accessgraph.api.view.EscalationsResult;
import io.accessgraph.api.view.PathStep;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code query escalations [--account ID] [--ou ID]}. */
@Command(
    name = "escalations",
    mixinStandardHelpOptions = true,
    description =
        "Every principal and instance that is not admin but can reach an admin, with its"
            + " shortest path. --account and --ou filter by the escalating principal's account.")
final class EscalationsQuery implements Callable<Integer> {
  @Mixin GraphOptions graph;
  @Mixin QueryOptions query;
  @Mixin TraversalFlags traversal;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--account", paramLabel = "ID", description = "Only principals of this account.")
  String account;

  @Option(
      names = "--ou",
      paramLabel = "ID",
      description = "Only principals of accounts under this OU (or root).")
  String ou;

  @Override
  public Integer call() {
    return QueryRun.print(
        spec,
        graph,
        query,
        q -> q.escalations(account, ou, traversal.maxHops, traversal.conditional()),
        EscalationsQuery::printTable);
  }

  private static void printTable(EscalationsResult result, PrintWriter out) {
    TextTable table = new TextTable("HOPS", "PRINCIPAL", "ADMIN REACHED", "METHODS");
    for (Escalation e : result.escalations()) {
      StringBuilder methods = new StringBuilder();
      for (PathStep s : e.path()) {
        methods.append(methods.length() == 0 ? "" : " > ").append(s.method());
        if (s.conditional()) {
          methods.append("?");
        }
      }
      table.row(e.hops(), e.principal(), e.target(), methods);
    }
    if (table.isEmpty()) {
      out.println("no escalation paths");
    } else {
      table.print(out);
      out.println(result.escalations().size() + " escalation path(s); ? marks a conditional step");
    }
  }
}
