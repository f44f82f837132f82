package io.accessgraph.analysis.policy.compile;

import io.accessgraph.model.policy.PolicyDocument;
import io.accessgraph.model.policy.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A policy document compiled once.
 *
 * @param id what evidence names: a managed policy ARN, {@code <owner ARN>#inline:<name>}, {@code
 *     <role ARN>#trust}, an SCP/RCP ARN
 * @param problems what could not be understood (unknown operators, invalid principals), for
 *     warnings
 */
public record CompiledPolicy(String id, List<CompiledStatement> statements, List<String> problems) {
  public CompiledPolicy {
    statements = List.copyOf(statements);
    problems = List.copyOf(problems);
  }

  public static CompiledPolicy compile(String id, PolicyDocument document) {
    List<CompiledStatement> out = new ArrayList<>(document.statements().size());
    List<String> problems = new ArrayList<>();
    for (Statement s : document.statements()) {
      CompiledStatement c = new CompiledStatement(id, s);
      out.add(c);
      problems.addAll(c.problems());
    }
    return new CompiledPolicy(id, out, problems);
  }
}
