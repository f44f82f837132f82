package io.accessgraph.analysis.policy;

import io.accessgraph.analysis.policy.compile.CallerIdentity;
import io.accessgraph.analysis.policy.compile.CompiledStatement;
import io.accessgraph.analysis.policy.compile.PrincipalMatch;
import io.accessgraph.analysis.policy.condition.ConditionBlock;
import io.accessgraph.analysis.policy.condition.ContextKeys;
import io.accessgraph.analysis.policy.condition.Tri;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Scans one set of statements for a request: do its Allows allow (TRUE / UNKNOWN / FALSE with the
 * statements), do its Denies deny. Statements are reached through the set's action index, so only
 * those whose Action element names the action are looked at, and sides whose outcome is the same
 * for every request are not scanned at all.
 */
final class Scan {
  private static final EnumSet<PrincipalMatch> NAMED =
      EnumSet.complementOf(EnumSet.of(PrincipalMatch.NONE));

  private final Target target;
  private final ContextKeys context;
  private List<String> problems = List.of();

  Scan(Target target, ContextKeys context) {
    this.target = target;
    this.context = context;
  }

  /** The statements of the set that name the request's action. */
  Candidates candidates(PolicySet set) {
    return set.candidates(target.name());
  }

  /**
   * Whether any Allow statement of the set applies (identity, boundary, SCP, RCP).
   *
   * @param c the set's candidates for the request's action
   * @param at where the policies are attached, for the reason of a failure (an OU id), or null
   */
  Gate allows(PolicySet set, Candidates c, String at) {
    Gate g = c.fixedAllows != null ? c.fixedAllows : collect(c.allows, c.allowEvidence, null, null);
    if (g.value != Tri.FALSE) {
      return g;
    }
    PolicyKind kind = set.kind();
    return Gate.fail(() -> reason(kind, at));
  }

  /** Whether a Deny of the candidates applies; FALSE when none does. */
  Gate denies(Candidates c) {
    return c.fixedDenies != null ? c.fixedDenies : collect(c.denies, c.denyEvidence, null, null);
  }

  /** Allow statements of a resource-based policy that name the caller in one of the ways given. */
  Gate resourceAllows(PolicySet set, CallerIdentity caller, EnumSet<PrincipalMatch> ways) {
    Candidates c = candidates(set);
    Gate g = collect(c.allows, c.allowEvidence, caller, ways);
    if (g.value != Tri.FALSE) {
      return g;
    }
    PolicyKind kind = set.kind();
    return Gate.fail(() -> resourceReason(kind, caller, ways));
  }

  Gate resourceDenies(PolicySet set, CallerIdentity caller) {
    Candidates c = candidates(set);
    return collect(c.denies, c.denyEvidence, caller, NAMED);
  }

  /**
   * The statements (all matching the action) that apply: a statement that holds outright makes the
   * conditional ones irrelevant; see {@link Gate#scanned}.
   */
  private Gate collect(
      CompiledStatement[] statements,
      Evidence[] evidence,
      CallerIdentity caller,
      EnumSet<PrincipalMatch> ways) {
    Tri value = Tri.FALSE;
    long[] notMasks = null;
    for (int i = 0; i < statements.length; i++) {
      CompiledStatement s = statements[i];
      if (caller != null && !ways.contains(s.matchesPrincipal(caller))) {
        continue;
      }
      long mask = s.resourceAndConditionMask(target.resource(), context);
      if (mask == ConditionBlock.FALSE) {
        continue;
      }
      if (notMasks == null) {
        notMasks = new long[statements.length];
      }
      notMasks[i] = ~mask;
      if (mask == 0) {
        value = Tri.TRUE;
      } else {
        if (!s.problems().isEmpty()) {
          if (problems.isEmpty()) {
            problems = new ArrayList<>();
          }
          problems.addAll(s.problems());
        }
        if (value == Tri.FALSE) {
          value = Tri.UNKNOWN;
        }
      }
    }
    return value == Tri.FALSE ? Gate.NONE : Gate.scanned(value, statements, evidence, notMasks);
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
}
