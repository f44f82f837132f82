package io.accessgraph.analysis.policy;

import io.accessgraph.analysis.policy.compile.CompiledStatement;
import io.accessgraph.analysis.policy.compile.StatementIndex;
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
  private static final String ALL = "*";

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
    RequestContext context = new RequestContext(caller, Map.of(), account, org, null);
    List<Gate> gates = new ArrayList<>();
    List<Gate> denies = new ArrayList<>();
    List<String> limitations = new ArrayList<>();
    gates.add(covering(p.identity(), PolicyKind.IDENTITY, null, context));
    scanDenies(p.identity(), PolicyKind.IDENTITY, context, denies, limitations);
    if (p.boundary() != null) {
      gates.add(covering(p.boundary(), PolicyKind.BOUNDARY, null, context));
      scanDenies(p.boundary(), PolicyKind.BOUNDARY, context, denies, limitations);
    }
    List<Org.Level> levels = p.serviceLinked() ? null : org.scpLevels(account);
    if (levels != null) {
      for (Org.Level level : levels) {
        gates.add(covering(level.policies(), PolicyKind.SCP, level.targetId(), context));
        scanDenies(level.policies(), PolicyKind.SCP, context, denies, limitations);
      }
    }
    Gate allowed = Gate.and(gates.toArray(Gate[]::new));
    Gate deny = Gate.or(denies.toArray(Gate[]::new));
    if (deny.value == Tri.TRUE) {
      return new AdminVerdict(
          who,
          account,
          Verdict.DENY,
          deny.evidence,
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
          allowed.reasons);
    }
    List<Evidence> evidence = new ArrayList<>(allowed.evidence);
    List<String> open = new ArrayList<>(allowed.unresolved);
    if (deny.value == Tri.UNKNOWN) {
      evidence.addAll(deny.evidence);
      open.addAll(deny.unresolved);
    }
    Verdict v =
        allowed.value == Tri.TRUE && deny.value == Tri.FALSE ? Verdict.ALLOW : Verdict.CONDITIONAL;
    return new AdminVerdict(
        who, account, v, evidence, open, limitations, caller.warnings(), List.of());
  }

  /** Allows with Action "*" and Resource "*" (not NotAction/NotResource), conditions evaluated. */
  private static Gate covering(
      StatementIndex index, PolicyKind kind, String at, RequestContext ctx) {
    Tri value = Tri.FALSE;
    List<Evidence> evidence = new ArrayList<>();
    List<String> open = new ArrayList<>();
    for (CompiledStatement s : index.all()) {
      if (!s.isAllow() || !coversEverything(s)) {
        continue;
      }
      List<String> unresolved = new ArrayList<>();
      Tri t = s.conditions().evaluate(ctx, unresolved);
      if (t == Tri.FALSE || (value == Tri.TRUE && t == Tri.UNKNOWN)) {
        continue;
      }
      if (t == Tri.TRUE && value != Tri.TRUE) {
        evidence.clear();
        open.clear();
      }
      evidence.add(evidence(s, kind));
      unresolved.forEach(u -> open.add(u + " (" + s.where() + ")"));
      value = value.or(t);
    }
    if (value == Tri.FALSE) {
      String what =
          switch (kind) {
            case BOUNDARY -> "the permissions boundary does not allow";
            case SCP -> "no SCP" + (at == null ? "" : " attached to " + at) + " allows";
            default -> "no identity-based policy allows";
          };
      return Gate.fail(what + " * on *");
    }
    return new Gate(value, evidence, open, List.of());
  }

  private static void scanDenies(
      StatementIndex index,
      PolicyKind kind,
      RequestContext ctx,
      List<Gate> denies,
      List<String> limitations) {
    for (CompiledStatement s : index.all()) {
      if (s.isAllow()) {
        continue;
      }
      List<String> unresolved = new ArrayList<>();
      Tri t = s.conditions().evaluate(ctx, unresolved);
      if (t == Tri.FALSE) {
        continue;
      }
      if (coversEverything(s)) {
        List<String> open = new ArrayList<>();
        unresolved.forEach(u -> open.add("not: " + u + " (" + s.where() + ")"));
        denies.add(new Gate(t, List.of(evidence(s, kind)), open, List.of()));
      } else {
        limitations.add(
            (s.notAction() ? "all but " : "")
                + s.actions().written()
                + " on "
                + (s.resources() == null
                    ? "*"
                    : (s.notResource() ? "all but " : "") + s.resources().written())
                + " denied by "
                + s.where()
                + (t == Tri.UNKNOWN ? " when " + unresolved : ""));
      }
    }
  }

  private static boolean coversEverything(CompiledStatement s) {
    return !s.notAction()
        && s.actions().matchesEverything()
        && (s.resources() == null || (!s.notResource() && s.resources().matchesEverything()));
  }

  private static Evidence evidence(CompiledStatement s, PolicyKind kind) {
    return new Evidence(s.policyId(), kind, s.index(), s.sid(), s.effect(), ALL);
  }
}
