package io.accessgraph.api.cli;

import io.accessgraph.api.view.AdminEntry;
import io.accessgraph.api.view.AdminsResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code query admins [--account ID]}. */
@Command(
    name = "admins",
    mixinStandardHelpOptions = true,
    description = "Principals allowed every action on every resource, with the evidence.")
final class AdminsQuery implements Callable<Integer> {
  @Mixin GraphOptions graph;
  @Mixin QueryOptions query;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--account", paramLabel = "ID", description = "Only this account.")
  String account;

  @Override
  public Integer call() {
    return QueryRun.print(spec, graph, query, q -> q.admins(account), AdminsQuery::printTable);
  }

  private static void printTable(AdminsResult result, PrintWriter out) {
    TextTable table = new TextTable("ACCOUNT", "PRINCIPAL", "EVIDENCE");
    for (AdminEntry a : result.admins()) {
      table.row(a.account(), a.principal(), a.evidence().isEmpty() ? "" : a.evidence().get(0));
    }
    if (table.isEmpty()) {
      out.println("no admins");
    } else {
      table.print(out);
    }
  }
}
