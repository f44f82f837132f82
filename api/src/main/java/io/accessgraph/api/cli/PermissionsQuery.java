package io.accessgraph.api.cli;

import io.accessgraph.analysis.policy.EffectivePermissions;
import io.accessgraph.analysis.policy.EffectivePermissions.Grant;
import io.accessgraph.analysis.policy.EffectivePermissions.ServicePermissions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code query permissions --principal ARN}: the effective-permissions summary. */
@Command(
    name = "permissions",
    mixinStandardHelpOptions = true,
    description = "What the principal may do, by service, after denies, boundary and SCPs.")
final class PermissionsQuery implements Callable<Integer> {
  @Mixin GraphOptions graph;
  @Mixin QueryOptions query;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--principal",
      required = true,
      paramLabel = "ARN",
      description = "User or role ARN (an instance id means its instance role).")
  String principal;

  @Override
  public Integer call() {
    return QueryRun.print(
        spec, graph, query, q -> q.permissions(principal), PermissionsQuery::printTable);
  }

  private static void printTable(EffectivePermissions result, PrintWriter out) {
    out.println("principal: " + result.principal());
    TextTable table = new TextTable("SERVICE", "ACTIONS", "RESOURCES", "CONDITIONS");
    for (ServicePermissions s : result.services()) {
      for (Grant g : s.grants()) {
        table.row(
            s.service(),
            String.join(",", g.actions()),
            (g.notResource() ? "NOT " : "") + String.join(",", g.resources()),
            g.conditions().isEmpty() ? "" : String.join("; ", g.conditions()));
      }
    }
    if (table.isEmpty()) {
      out.println("no permissions");
    } else {
      table.print(out);
    }
    result.notes().forEach(n -> out.println("note: " + n));
  }
}
