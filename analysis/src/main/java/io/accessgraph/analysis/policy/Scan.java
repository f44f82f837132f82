package io.accessgraph.analysis.policy;

import io.accessgraph.analysis.policy.compile.CallerIdentity;
import io.accessgraph.analysis.policy.compile.CompiledStatement;
import io.accessgraph.analysis.policy.compile.PrincipalMatch;
import io.accessgraph.analysis.policy.compile.StatementIndex;
import io.accessgraph.analysis.policy.condition.ConditionBlock;
import io.accessgraph.analysis.policy.condition.ContextKeys;
import io.accessgraph.analysis.policy.condition.Tri;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Scans one set of statements for a request: do its Allows allow (TRUE / UNKNOWN / FALSE with the
 * statements), do its Denies deny. Statements are reached through the service index, so only those
 * that can match the action's service are looked at.
 */
final class Scan {
  private final Target target;
  private final ContextKeys context;
  private List<String> problems = List.of();

  Scan(Target target, ContextKeys context) {
    this.target = target;
    this.context = context;
  }

  /**
   * Whether any Allow statement of the index applies (identity, boundary, SCP, RCP).
   *
   * @param at where the policies are attached, for the reason of a failure (an OU id), or null
   */
  Gate allows(StatementIndex index, PolicyKind kind, String at) {
    Gate g = collect(index.forService(target.service()).allows(), kind, null, null);
    return g.value == Tri.FALSE ? Gate.fail(reason(kind, at)) : g;
  }

  /** Whether a Deny of the index applies; FALSE when none does. */
  Gate denies(StatementIndex index, PolicyKind kind) {
    return collect(index.forService(target.service()).denies(), kind, null, null);
  }

  /** Allow statements of a resource-based policy that name the caller in one of the ways given. */
  Gate resourceAllows(
      StatementIndex index, PolicyKind kind, CallerIdentity caller, EnumSet<PrincipalMatch> ways) {
    Gate g = collect(index.forService(target.service()).allows(), kind, caller, ways);
    return g.value == Tri.FALSE ? Gate.fail(resourceReason(kind, caller, ways)) : g;
  }

  Gate resourceDenies(StatementIndex index, PolicyKind kind, CallerIdentity caller) {
    return collect(
        index.forService(target.service()).denies(),
        kind,
        caller,
        EnumSet.complementOf(EnumSet.of(PrincipalMatch.NONE)));
  }

  private Gate collect(
      CompiledStatement[] statements,
      PolicyKind kind,
      CallerIdentity caller,
      EnumSet<PrincipalMatch> ways) {
    Tri value = Tri.FALSE;
    List<Evidence> evidence = null;
    List<String> open = null;
    for (CompiledStatement s : statements) {
      if (caller != null && !ways.contains(s.matchesPrincipal(caller))) {
        continue;
      }
      long mask = s.appliesMask(target.lowerAction(), target.resource(), context);
      if (mask == ConditionBlock.FALSE) {
        continue;
      }
      Tri t = mask == 0 ? Tri.TRUE : Tri.UNKNOWN;
      if (evidence == null) {
        evidence = new ArrayList<>(2);
        open = new ArrayList<>(2);
      }
      if (t == Tri.TRUE && value != Tri.TRUE) {
        // A statement that holds outright makes the conditional ones irrelevant to this gate.
        evidence.clear();
        open.clear();
      }
      if (t == Tri.TRUE || value != Tri.TRUE) {
        evidence.add(evidence(s, kind));
      }
      if (t == Tri.UNKNOWN && !s.problems().isEmpty()) {
        if (problems.isEmpty()) {
          problems = new ArrayList<>();
        }
        problems.addAll(s.problems());
      }
      if (t == Tri.UNKNOWN && value != Tri.TRUE) {
        s.openConditions(mask, open);
      }
      value = value.or(t);
    }
    if (value == Tri.FALSE) {
      return Gate.NONE;
    }
    return new Gate(value, evidence, open, List.of());
  }

  /** Problems of statements that could not be decided (unknown operators), for warnings. */
  List<String> problems() {
    return problems;
  }

  private String reason(PolicyKind kind, String at) {
    String what =
        switch (kind) {
          case IDENTITY -> "no identity-based policy";
          case BOUNDARY -> "the permissions boundary";
          case SCP -> "no SCP";
          case RCP -> "no RCP";
          case TRUST -> "the trust policy";
          case RESOURCE -> "the resource-based policy";
        };
    String verb = kind == PolicyKind.BOUNDARY ? " does not allow " : " allows ";
    return what
        + (at == null ? "" : " attached to " + at)
        + verb
        + target.action()
        + " on "
        + target.resource();
  }

  private String resourceReason(
      PolicyKind kind, CallerIdentity caller, EnumSet<PrincipalMatch> ways) {
    String policy = kind == PolicyKind.TRUST ? "the trust policy" : "the resource-based policy";
    String how =
        ways.contains(PrincipalMatch.ACCOUNT) && ways.size() == 1
            ? "its account " + caller.accountId()
            : ways.contains(PrincipalMatch.ACCOUNT) ? "it or its account" : caller.arn();
    return policy + " allows no " + target.action() + " for principals naming " + how;
  }

  private Evidence evidence(CompiledStatement s, PolicyKind kind) {
    return new Evidence(s.policyId(), kind, s.index(), s.sid(), s.effect(), target.action());
  }
}
