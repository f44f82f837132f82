package io.accessgraph.api.cli;

import io.accessgraph.api.view.CanResult;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code query can --principal ARN --action A --resource ARN [--context K=V ...]}. */
@Command(
    name = "can",
    mixinStandardHelpOptions = true,
    description =
        "May the principal perform the action on the resource? ALLOW, DENY or CONDITIONAL with"
            + " the deciding statements; unknown request context gives CONDITIONAL.")
final class CanQuery implements Callable<Integer> {
  @Mixin GraphOptions graph;
  @Mixin QueryOptions query;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--principal",
      required = true,
      paramLabel = "ARN",
      description = "User or role ARN, assumed-role session ARN, instance id or access key id.")
  String principal;

  @Option(
      names = "--action",
      required = true,
      paramLabel = "ACTION",
      description = "service:Action")
  String action;

  @Option(
      names = "--resource",
      required = true,
      paramLabel = "ARN",
      description = "The resource ARN, or * for actions without one.")
  String resource;

  @Option(
      names = "--context",
      paramLabel = "KEY=VALUE",
      description =
          "A request-time condition key the request carries, e.g. aws:MultiFactorAuthPresent=true.")
  Map<String, String> context = new LinkedHashMap<>();

  @Override
  public Integer call() {
    return QueryRun.print(
        spec, graph, query, q -> q.can(principal, action, resource, context), CanQuery::printTable);
  }

  private static void printTable(CanResult result, PrintWriter out) {
    out.println(result.decision());
    result.evidence().forEach(e -> out.println("  evidence:  " + e));
    result.conditions().forEach(c -> out.println("  condition: " + c));
    result.reasons().forEach(r -> out.println("  reason:    " + r));
    result.warnings().forEach(w -> out.println("  warning:   " + w));
  }
}
