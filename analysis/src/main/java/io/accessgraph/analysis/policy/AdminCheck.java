package io.accessgraph.analysis.policy;

import io.accessgraph.analysis.policy.compile.CompiledStatement;
import io.accessgraph.analysis.policy.condition.ConditionBlock;
import io.accessgraph.analysis.policy.condition.Tri;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The admin test: some Allow covering every action on every resource in the identity policies, the
 * boundary (if any) and each SCP level (if governed); no Deny covering every action. Denies that
 * cover only some actions leave an admin, with limitations listed.
 */
final class AdminCheck {
  private final Org org;

  AdminCheck(Org org) {
    this.org = org;
  }

  AdminVerdict check(Caller caller) {
    IamPrincipal p = caller.principal();
    String account = caller.accountId();
    String who =
        caller.identity().sessionArn() != null
            ? caller.identity().sessionArn()
            : caller.identity().arn();
    if (p == null) {
      return new AdminVerdict(
          who,
          account,
          Verdict.DENY,
          List.of(),
          List.of(),
          List.of(),
          caller.warnings(),
          List.of("only ingested users and roles are checked for admin"));
    }
    RequestContext context =
        new RequestContext(caller, Map.of(), ResourceFacts.known(account, null), org);
    List<Gate> gates = new ArrayList<>();
    List<Gate> denies = new ArrayList<>();
    List<String> limitations = new ArrayList<>();
    gates.add(covering(p.identity(), null, context));
    scanDenies(p.identity(), context, denies, limitations);
    if (p.boundary() != null) {
      gates.add(covering(p.boundary(), null, context));
      scanDenies(p.boundary(), context, denies, limitations);
    }
    List<Org.Level> levels = p.serviceLinked() ? null : org.scpLevels(account);
    if (levels != null) {
      for (Org.Level level : levels) {
        gates.add(covering(level.policies(), level.targetId(), context));
        scanDenies(level.policies(), context, denies, limitations);
      }
    }
    Gate allowed = Gate.and(gates.toArray(Gate[]::new));
    Gate deny = Gate.or(denies.toArray(Gate[]::new));
    if (deny.value == Tri.TRUE) {
      return new AdminVerdict(
          who,
          account,
          Verdict.DENY,
          deny.evidence(),
          List.of(),
          limitations,
          caller.warnings(),
          List.of("a Deny covers every action"));
    }
    if (allowed.value == Tri.FALSE) {
      return new AdminVerdict(
          who,
          account,
          Verdict.DENY,
          List.of(),
          List.of(),
          limitations,
          caller.warnings(),
          allowed.reasons());
    }
    List<Evidence> evidence = new ArrayList<>();
    List<String> open = new ArrayList<>();
    allowed.addEvidence(evidence);
    allowed.addUnresolved(open);
    if (deny.value == Tri.UNKNOWN) {
      deny.addEvidence(evidence);
      deny.addUnresolved(open);
    }
    Verdict v =
        allowed.value == Tri.TRUE && deny.value == Tri.FALSE ? Verdict.ALLOW : Verdict.CONDITIONAL;
    return new AdminVerdict(
        who, account, v, evidence, open, limitations, caller.warnings(), List.of());
  }

  /** Allows with Action "*" and Resource "*" (not NotAction/NotResource), conditions evaluated. */
  private static Gate covering(PolicySet set, String at, RequestContext ctx) {
    AdminView view = set.admin();
    Tri value = Tri.FALSE;
    List<Evidence> evidence = List.of();
    List<String> open = List.of();
    List<String> lines = new ArrayList<>(2);
    for (int i = 0; i < view.coveringAllows.length; i++) {
      CompiledStatement s = view.coveringAllows[i];
      lines.clear();
      Tri t = conditions(s, ctx, lines);
      if (t == Tri.FALSE || (value == Tri.TRUE && t == Tri.UNKNOWN)) {
        continue;
      }
      if (evidence.isEmpty()) {
        evidence = new ArrayList<>(2);
        open = new ArrayList<>(2);
      }
      if (t == Tri.TRUE && value != Tri.TRUE) {
        evidence.clear();
        open.clear();
      }
      evidence.add(view.allowEvidence[i]);
      open.addAll(lines);
      value = value.or(t);
    }
    if (value == Tri.FALSE) {
      String what =
          switch (set.kind()) {
            case BOUNDARY -> "the permissions boundary does not allow";
            case SCP -> "no SCP" + (at == null ? "" : " attached to " + at) + " allows";
            default -> "no identity-based policy allows";
          };
      return Gate.fail(what + " * on *");
    }
    return Gate.of(value, evidence, open);
  }

  private static void scanDenies(
      PolicySet set, RequestContext ctx, List<Gate> denies, List<String> limitations) {
    AdminView view = set.admin();
    for (int i = 0; i < view.denies.length; i++) {
      CompiledStatement s = view.denies[i];
      if (view.denyCovers[i]) {
        List<String> open = new ArrayList<>(1);
        Tri t = conditions(s, ctx, open);
        if (t != Tri.FALSE) {
          denies.add(Gate.of(t, List.of(view.denyEvidence[i]), open));
        }
        continue;
      }
      List<String> unresolved = new ArrayList<>(1);
      Tri t = s.conditions().evaluate(ctx, unresolved);
      if (t != Tri.FALSE) {
        limitations.add(view.limitation[i] + (t == Tri.UNKNOWN ? " when " + unresolved : ""));
      }
    }
  }

  /**
   * The statement's conditions under the context; when UNKNOWN, the lines naming its open
   * conditions and the statement ("not: " first for a Deny) are added to {@code lines}.
   */
  private static Tri conditions(CompiledStatement s, RequestContext ctx, List<String> lines) {
    if (s.conditions().size() > 62) {
      // Past 62 conditions the mask no longer tells them apart.
      List<String> unresolved = new ArrayList<>();
      Tri t = s.conditions().evaluate(ctx, unresolved);
      String not = s.isAllow() ? "" : "not: ";
      unresolved.forEach(u -> lines.add(not + u + " (" + s.where() + ")"));
      return t;
    }
    long mask = s.conditions().evaluateMask(ctx);
    if (mask == ConditionBlock.FALSE) {
      return Tri.FALSE;
    }
    if (mask == 0) {
      return Tri.TRUE;
    }
    s.openConditions(mask, lines);
    return Tri.UNKNOWN;
  }
}
