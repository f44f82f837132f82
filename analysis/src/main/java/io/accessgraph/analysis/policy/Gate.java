package io.accessgraph.analysis.policy;

import io.accessgraph.analysis.policy.condition.Tri;
import java.util.ArrayList;
import java.util.List;

/**
 * One requirement of a decision (e.g. "an SCP at every level allows", "the boundary allows") with
 * the statements behind it. Gates combine with Kleene AND/OR; the combination keeps the evidence
 * and open conditions of the operands that determine the result, and the reasons of those that fail
 * it.
 */
final class Gate {
  static final Gate PASS = new Gate(Tri.TRUE, List.of(), List.of(), List.of());

  final Tri value;
  final List<Evidence> evidence;
  final List<String> unresolved;
  final List<String> reasons;

  Gate(Tri value, List<Evidence> evidence, List<String> unresolved, List<String> reasons) {
    this.value = value;
    this.evidence = evidence;
    this.unresolved = unresolved;
    this.reasons = reasons;
  }

  /** FALSE without a reason: for Deny scans, where "no Deny applies" needs none. */
  static final Gate NONE = new Gate(Tri.FALSE, List.of(), List.of(), List.of());

  static Gate fail(String reason) {
    return new Gate(Tri.FALSE, List.of(), List.of(), List.of(reason));
  }

  static Gate and(Gate... gates) {
    Tri v = Tri.TRUE;
    for (Gate g : gates) {
      v = v.and(g.value);
    }
    if (v == Tri.FALSE) {
      List<String> why = new ArrayList<>();
      for (Gate g : gates) {
        if (g.value == Tri.FALSE) {
          why.addAll(g.reasons);
        }
      }
      return new Gate(v, List.of(), List.of(), why);
    }
    List<Evidence> ev = new ArrayList<>();
    List<String> open = List.of();
    for (Gate g : gates) {
      ev.addAll(g.evidence);
      if (!g.unresolved.isEmpty()) {
        if (open.isEmpty()) {
          open = new ArrayList<>();
        }
        open.addAll(g.unresolved);
      }
    }
    return new Gate(v, ev, open, List.of());
  }

  static Gate or(Gate... gates) {
    Tri v = Tri.FALSE;
    for (Gate g : gates) {
      v = v.or(g.value);
    }
    List<Evidence> ev = new ArrayList<>();
    List<String> open = new ArrayList<>();
    List<String> why = new ArrayList<>();
    for (Gate g : gates) {
      if (v == Tri.TRUE && g.value == Tri.TRUE) {
        return g;
      }
      if (v == Tri.UNKNOWN && g.value == Tri.UNKNOWN) {
        ev.addAll(g.evidence);
        open.addAll(g.unresolved);
      }
      if (v == Tri.FALSE) {
        why.addAll(g.reasons);
      }
    }
    return new Gate(v, ev, open, why);
  }
}
