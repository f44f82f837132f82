package io.accessgraph.analysis.policy.compile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The statements of a set of policies grouped by the service prefix they can apply to, split into
 * Allow and Deny, so a decision for {@code iam:PassRole} scans only iam and any-service statements.
 */
public final class StatementIndex {
  private static final CompiledStatement[] NONE = new CompiledStatement[0];

  /** The Allow and Deny statements that can apply to one service. */
  public record Bucket(CompiledStatement[] allows, CompiledStatement[] denies) {}

  private final List<CompiledStatement> all;
  private final List<CompiledPolicy> policies;
  private final Map<String, Bucket> byService = new ConcurrentHashMap<>();

  public StatementIndex(Collection<CompiledPolicy> policies) {
    this.policies = List.copyOf(policies);
    List<CompiledStatement> statements = new ArrayList<>();
    policies.forEach(p -> statements.addAll(p.statements()));
    this.all = List.copyOf(statements);
  }

  public List<CompiledPolicy> policies() {
    return policies;
  }

  public List<CompiledStatement> all() {
    return all;
  }

  public boolean isEmpty() {
    return all.isEmpty();
  }

  /** The statements for a lower-case service prefix, built on first use and kept. */
  public Bucket forService(String lowerCaseService) {
    Bucket b = byService.get(lowerCaseService);
    return b != null ? b : byService.computeIfAbsent(lowerCaseService, this::build);
  }

  private Bucket build(String service) {
    List<CompiledStatement> allows = new ArrayList<>();
    List<CompiledStatement> denies = new ArrayList<>();
    for (CompiledStatement s : all) {
      Set<String> services = s.services();
      if (services == null || services.contains(service)) {
        (s.isAllow() ? allows : denies).add(s);
      }
    }
    return new Bucket(
        allows.isEmpty() ? NONE : allows.toArray(NONE),
        denies.isEmpty() ? NONE : denies.toArray(NONE));
  }
}
