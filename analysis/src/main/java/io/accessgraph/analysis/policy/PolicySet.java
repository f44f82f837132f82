package io.accessgraph.analysis.policy;

import io.accessgraph.analysis.policy.compile.CompiledPolicy;
import io.accessgraph.analysis.policy.compile.StatementIndex;
import java.util.Collection;
import java.util.List;

/**
 * The policies of one kind that one decision consults together (a principal's identity policies,
 * its boundary, the SCPs attached to one OU, a trust policy), with their statements looked up by
 * action: a decision touches only the statements whose Action element names its action, and never
 * matches actions itself. Thread-safe; shared by every principal with the same policies.
 */
final class PolicySet {
  private final StatementIndex index;
  private final PolicyKind kind;
  private final ActionCache<Candidates> byAction = new ActionCache<>(this::build);
  private volatile AdminView admin;

  PolicySet(StatementIndex index, PolicyKind kind) {
    this.index = index;
    this.kind = kind;
  }

  static PolicySet of(Collection<CompiledPolicy> policies, PolicyKind kind) {
    return new PolicySet(new StatementIndex(policies), kind);
  }

  static PolicySet empty(PolicyKind kind) {
    return new PolicySet(new StatementIndex(List.of()), kind);
  }

  StatementIndex index() {
    return index;
  }

  PolicyKind kind() {
    return kind;
  }

  /** The Allow and Deny statements that can apply to the action, in policy order. */
  Candidates candidates(ActionName action) {
    return byAction.get(action);
  }

  private Candidates build(ActionName action) {
    return Candidates.of(index.forService(action.service), action, kind);
  }

  /** What the admin check reads, built on first use. */
  AdminView admin() {
    AdminView v = admin;
    if (v == null) {
      v = new AdminView(index, kind);
      admin = v;
    }
    return v;
  }
}
