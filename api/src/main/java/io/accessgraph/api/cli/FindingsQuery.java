package io.accessgraph.api.cli;

import io.accessgraph.api.view.FindingView;
import io.accessgraph.api.view.FindingsResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code query findings [--severity S] [--type T] [--account ID]}. */
@Command(
    name = "findings",
    mixinStandardHelpOptions = true,
    description = "Findings for access reviews, most severe first.")
final class FindingsQuery implements Callable<Integer> {
  @Mixin GraphOptions graph;
  @Mixin QueryOptions query;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--severity", paramLabel = "S", description = "Only this severity.")
  String severity;

  @Option(names = "--type", paramLabel = "T", description = "Only this finding type.")
  String type;

  @Option(names = "--account", paramLabel = "ID", description = "Only this account.")
  String account;

  @Override
  public Integer call() {
    return QueryRun.print(
        spec, graph, query, q -> q.findings(severity, type, account), FindingsQuery::printTable);
  }

  private static void printTable(FindingsResult result, PrintWriter out) {
    if (result.findings().isEmpty()) {
      out.println("no findings");
      return;
    }
    TextTable table = new TextTable("SEVERITY", "TYPE", "ACCOUNT", "RESOURCE", "TITLE");
    for (Object o : result.findings()) {
      if (o instanceof FindingView f) {
        table.row(f.severity(), f.type(), f.account(), f.resource(), f.title());
      }
    }
    table.print(out);
    out.println(result.findings().size() + " finding(s); --format json for evidence and fixes");
  }
}
