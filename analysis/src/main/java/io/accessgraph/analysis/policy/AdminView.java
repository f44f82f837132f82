package io.accessgraph.analysis.policy;

import io.accessgraph.analysis.policy.compile.CompiledStatement;
import io.accessgraph.analysis.policy.compile.StatementIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of a {@link PolicySet} that the admin check reads, picked out once: the Allows
 * covering every action on every resource, and every Deny with the text that describes it as a
 * limitation.
 */
final class AdminView {
  private static final String ALL = "*";

  final CompiledStatement[] coveringAllows;
  final Evidence[] allowEvidence;
  final CompiledStatement[] denies;
  final Evidence[] denyEvidence;
  final boolean[] denyCovers;

  /** For a Deny that covers only some actions: "[actions] on [resources] denied by where". */
  final String[] limitation;

  AdminView(StatementIndex index, PolicyKind kind) {
    List<CompiledStatement> allows = new ArrayList<>();
    List<CompiledStatement> deny = new ArrayList<>();
    for (CompiledStatement s : index.all()) {
      if (!s.isAllow()) {
        deny.add(s);
      } else if (coversEverything(s)) {
        allows.add(s);
      }
    }
    this.coveringAllows = allows.toArray(CompiledStatement[]::new);
    this.allowEvidence = evidence(coveringAllows, kind);
    this.denies = deny.toArray(CompiledStatement[]::new);
    this.denyEvidence = evidence(denies, kind);
    this.denyCovers = new boolean[denies.length];
    this.limitation = new String[denies.length];
    for (int i = 0; i < denies.length; i++) {
      CompiledStatement s = denies[i];
      denyCovers[i] = coversEverything(s);
      limitation[i] =
          (s.notAction() ? "all but " : "")
              + s.actions().written()
              + " on "
              + (s.resources() == null
                  ? "*"
                  : (s.notResource() ? "all but " : "") + s.resources().written())
              + " denied by "
              + s.where();
    }
  }

  static boolean coversEverything(CompiledStatement s) {
    return !s.notAction()
        && s.actions().matchesEverything()
        && (s.resources() == null || (!s.notResource() && s.resources().matchesEverything()));
  }

  private static Evidence[] evidence(CompiledStatement[] statements, PolicyKind kind) {
    Evidence[] out = new Evidence[statements.length];
    for (int i = 0; i < out.length; i++) {
      CompiledStatement s = statements[i];
      out[i] = new Evidence(s.policyId(), kind, s.index(), s.sid(), s.effect(), ALL);
    }
    return out;
  }
}
