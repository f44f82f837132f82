package io.accessgraph.analysis.policy;

import io.accessgraph.analysis.policy.compile.CompiledStatement;
import io.accessgraph.analysis.policy.compile.StatementIndex;
import io.accessgraph.analysis.policy.condition.Tri;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The statements of a {@link PolicySet} whose Action (or NotAction) element matches one action,
 * split into Allows and Denies, with their evidence built once. When every statement of a side
 * applies to any resource without conditions, the side's outcome is the same for every request and
 * is kept as a ready gate (FullAWSAccess-style SCPs, {@code "*"} Allows, no Deny at all).
 */
final class Candidates {
  private static final CompiledStatement[] NO_STATEMENTS = new CompiledStatement[0];
  private static final Evidence[] NO_EVIDENCE = new Evidence[0];

  /** No statement names the action: shared by every set and kind, as it needs no evidence. */
  private static final Candidates NOTHING =
      new Candidates(NO_STATEMENTS, NO_EVIDENCE, NO_STATEMENTS, NO_EVIDENCE);

  final CompiledStatement[] allows;
  final Evidence[] allowEvidence;
  final CompiledStatement[] denies;
  final Evidence[] denyEvidence;

  /** The outcome of the Allows for any request, or null when it depends on the request. */
  final Gate fixedAllows;

  /** The outcome of the Denies for any request, or null when it depends on the request. */
  final Gate fixedDenies;

  private Candidates(
      CompiledStatement[] allows,
      Evidence[] allowEvidence,
      CompiledStatement[] denies,
      Evidence[] denyEvidence) {
    this.allows = allows;
    this.allowEvidence = allowEvidence;
    this.denies = denies;
    this.denyEvidence = denyEvidence;
    this.fixedAllows = fixed(allows, allowEvidence);
    this.fixedDenies = fixed(denies, denyEvidence);
  }

  static Candidates of(StatementIndex.Bucket bucket, ActionName action, PolicyKind kind) {
    List<CompiledStatement> allows = matching(bucket.allows(), action);
    List<CompiledStatement> denies = matching(bucket.denies(), action);
    if (allows.isEmpty() && denies.isEmpty()) {
      return NOTHING;
    }
    return new Candidates(
        toArray(allows),
        evidence(allows, action, kind),
        toArray(denies),
        evidence(denies, action, kind));
  }

  private static List<CompiledStatement> matching(CompiledStatement[] all, ActionName action) {
    List<CompiledStatement> out = new ArrayList<>();
    for (CompiledStatement s : all) {
      if (s.matchesAction(action.lower)) {
        out.add(s);
      }
    }
    return out;
  }

  private static CompiledStatement[] toArray(List<CompiledStatement> statements) {
    return statements.isEmpty() ? NO_STATEMENTS : statements.toArray(NO_STATEMENTS);
  }

  private static Evidence[] evidence(
      List<CompiledStatement> statements, ActionName action, PolicyKind kind) {
    if (statements.isEmpty()) {
      return NO_EVIDENCE;
    }
    Evidence[] out = new Evidence[statements.size()];
    for (int i = 0; i < out.length; i++) {
      CompiledStatement s = statements.get(i);
      out[i] = new Evidence(s.policyId(), kind, s.index(), s.sid(), s.effect(), action.written);
    }
    return out;
  }

  /** Principal elements aside: scans that match principals never use these. */
  private static Gate fixed(CompiledStatement[] statements, Evidence[] evidence) {
    if (statements.length == 0) {
      return Gate.NONE;
    }
    for (CompiledStatement s : statements) {
      if (!s.unconditional()) {
        return null;
      }
    }
    long[] allHold = new long[statements.length];
    Arrays.fill(allHold, ~0L);
    return Gate.scanned(Tri.TRUE, statements, evidence, allHold);
  }
}
