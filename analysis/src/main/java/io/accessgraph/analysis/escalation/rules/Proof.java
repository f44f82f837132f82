package io.accessgraph.analysis.escalation.rules;

import io.accessgraph.analysis.escalation.catalog.EdgeFacts;
import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.EdgeKind;
import io.accessgraph.analysis.policy.Decision;
import io.accessgraph.analysis.policy.Evidence;
import io.accessgraph.analysis.policy.PolicyKind;
import io.accessgraph.analysis.policy.Verdict;
import io.accessgraph.model.policy.Effect;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The case for one edge as it is assembled: the decision for each permission (its deciding
 * statements become evidence lines, its open conditions the edge's conditions), facts about the
 * target, and conditions the snapshot cannot settle.
 */
final class Proof {
  private final List<String> evidence;
  private final Set<String> conditions;
  private boolean conditional;

  Proof() {
    this(new ArrayList<>(), new LinkedHashSet<>(), false);
  }

  private Proof(List<String> evidence, Set<String> conditions, boolean conditional) {
    this.evidence = evidence;
    this.conditions = conditions;
    this.conditional = conditional;
  }

  Proof copy() {
    return new Proof(new ArrayList<>(evidence), new LinkedHashSet<>(conditions), conditional);
  }

  /** Adds a permission's decision; false (and nothing added) when it is denied. */
  boolean add(Attempt a) {
    Decision d = a.decision();
    if (d.verdict() == Verdict.DENY) {
      return false;
    }
    for (Evidence e : d.evidence()) {
      String line = line(e, a.action(), a.resource());
      if (line != null && !evidence.contains(line)) {
        evidence.add(line);
      }
    }
    if (d.verdict() == Verdict.CONDITIONAL) {
      conditional = true;
      conditions.addAll(d.unresolvedConditions());
    }
    if (a.region() != null) {
      fact(EdgeFacts.REGION + a.region());
    }
    return true;
  }

  /** Adds every attempt, or nothing and false when one is denied. */
  boolean addAll(List<Attempt> attempts) {
    for (Attempt a : attempts) {
      if (a.denied()) {
        return false;
      }
    }
    attempts.forEach(this::add);
    return true;
  }

  Proof fact(String line) {
    if (!evidence.contains(line)) {
      evidence.add(line);
    }
    return this;
  }

  Proof condition(String text) {
    conditional = true;
    conditions.add(text);
    return this;
  }

  boolean conditional() {
    return conditional;
  }

  AccessEdge edge(String from, String to, String method) {
    return new AccessEdge(
        from,
        to,
        EdgeKind.CAN_ESCALATE,
        method,
        conditional,
        new ArrayList<>(conditions),
        evidence);
  }

  /**
   * E.g. {@code iam:PassRole on arn:…:role/x allowed by arn:…:policy/P statement 0 (Sid A)}. The
   * Allows of SCPs and RCPs are left out: every level allows nearly everything, and the lines would
   * repeat on every edge; their Denies stay.
   */
  private static String line(Evidence e, String action, String resource) {
    boolean allow = e.effect() == Effect.ALLOW;
    if (allow && (e.kind() == PolicyKind.SCP || e.kind() == PolicyKind.RCP)) {
      return null;
    }
    String where =
        e.policy()
            + " statement "
            + e.statementIndex()
            + (e.sid() == null ? "" : " (Sid " + e.sid() + ")");
    String kind =
        switch (e.kind()) {
          case IDENTITY -> "";
          case BOUNDARY -> " [permissions boundary]";
          case TRUST -> " [trust policy]";
          default -> " [" + e.kind().name() + "]";
        };
    return action
        + " on "
        + resource
        + (allow ? " allowed by " : " unless denied by ")
        + where
        + kind;
  }
}
