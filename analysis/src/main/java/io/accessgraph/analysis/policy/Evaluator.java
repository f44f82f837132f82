package io.accessgraph.analysis.policy;

import io.accessgraph.analysis.policy.compile.CallerIdentity;
import io.accessgraph.analysis.policy.compile.PrincipalMatch;
import io.accessgraph.analysis.policy.condition.Tri;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * AWS's policy evaluation logic for one request. An explicit Deny in any applicable policy wins.
 * Otherwise the request needs: every SCP level of the caller's account to allow (member accounts
 * only, not service-linked roles), every RCP level of the resource's account to allow (where the
 * service supports RCPs), and then
 *
 * <ul>
 *   <li>without a resource policy: identity policies AND the boundary;
 *   <li>same account: identity AND boundary; OR a resource policy naming the caller itself (a user,
 *       a session); OR one naming the role's ARN AND the boundary. Role trust policies must allow
 *       in every case (naming the account then needs the identity side);
 *   <li>cross account: identity AND boundary in the caller's account AND the resource policy.
 * </ul>
 */
final class Evaluator {
  private static final EnumSet<PrincipalMatch> SELF = EnumSet.of(PrincipalMatch.SELF);
  private static final EnumSet<PrincipalMatch> ROLE = EnumSet.of(PrincipalMatch.ROLE);
  private static final EnumSet<PrincipalMatch> ACCOUNT = EnumSet.of(PrincipalMatch.ACCOUNT);
  private static final EnumSet<PrincipalMatch> ANY =
      EnumSet.of(PrincipalMatch.SELF, PrincipalMatch.ROLE, PrincipalMatch.ACCOUNT);

  private final Org org;

  Evaluator(Org org) {
    this.org = org;
  }

  Decision decide(Caller caller, Target target, Map<String, String> given, List<String> notes) {
    RequestContext context = new RequestContext(caller, given, target.facts(), org);
    Scan scan = new Scan(target, context);
    Denies denies = new Denies();
    Gate identity = Gate.PASS;
    Gate boundary = Gate.PASS;
    IamPrincipal p = caller.principal();
    if (p != null) {
      Candidates own = scan.candidates(p.identity());
      identity = scan.allows(p.identity(), own, null);
      denies.add(scan.denies(own));
      if (p.boundary() != null) {
        Candidates limit = scan.candidates(p.boundary());
        boundary = scan.allows(p.boundary(), limit, null);
        denies.add(scan.denies(limit));
      }
    }
    Gate scp = Gate.PASS;
    if (caller.identitySideKnown() && !caller.serviceLinkedRole()) {
      LevelChain scps = p != null ? p.scps() : org.scpChain(caller.accountId());
      scp = levels(scan, target, scps, denies);
    }
    Gate rcp = Gate.PASS;
    if (!caller.serviceLinkedRole()) {
      LevelChain rcps =
          org.hasRcps() ? org.rcpChain(target.resourceAccount(), target.service()) : null;
      rcp = levels(scan, target, rcps, denies);
    }
    Gate allowed;
    if (target.resourcePolicy() == null) {
      allowed = caller.identitySideKnown() ? and(identity, boundary, scp, rcp) : noIdentity();
    } else {
      PolicySet rp = target.resourcePolicy();
      denies.add(scan.resourceDenies(rp, caller.identity()));
      allowed = withResourcePolicy(caller, target, scan, rp, scp, rcp, identity, boundary);
    }
    List<String> all = notes;
    if (!scan.problems().isEmpty()) {
      all = new ArrayList<>(notes);
      all.addAll(scan.problems());
    }
    return assemble(denies.any(), allowed, caller, all);
  }

  /** AND of the identity-side gates; the all-PASS case (nothing governs) skips the combination. */
  private static Gate and(Gate identity, Gate boundary, Gate scp, Gate rcp) {
    if (boundary == Gate.PASS && scp == Gate.PASS && rcp == Gate.PASS) {
      return identity;
    }
    return Gate.and(identity, boundary, scp, rcp);
  }

  private static Gate noIdentity() {
    return Gate.fail("the caller's account is not in the snapshot and no resource policy applies");
  }

  private Gate withResourcePolicy(
      Caller caller,
      Target target,
      Scan scan,
      PolicySet rp,
      Gate scp,
      Gate rcp,
      Gate identity,
      Gate boundary) {
    CallerIdentity who = caller.identity();
    if (!caller.identitySideKnown()) {
      // External account, service or identity provider: only the resource side can be judged.
      return Gate.and(scan.resourceAllows(rp, who, ANY), rcp);
    }
    boolean sameAccount =
        who.accountId() != null && who.accountId().equals(target.resourceAccount());
    if (!sameAccount) {
      return Gate.and(identity, boundary, scan.resourceAllows(rp, who, ANY), scp, rcp);
    }
    Gate viaIdentity =
        target.resourcePolicyRequired()
            ? Gate.and(identity, boundary, scan.resourceAllows(rp, who, ACCOUNT))
            : Gate.and(identity, boundary);
    Gate viaSelf = scan.resourceAllows(rp, who, SELF);
    Gate viaRole =
        who.kind() == CallerIdentity.Kind.ROLE
            ? Gate.and(scan.resourceAllows(rp, who, ROLE), boundary)
            : Gate.NONE;
    return Gate.and(Gate.or(viaSelf, viaRole, viaIdentity), scp, rcp);
  }

  /**
   * Every level must allow (AND); any Deny at any level is collected. Null levels: not governed.
   */
  private static Gate levels(Scan scan, Target target, LevelChain chain, Denies denies) {
    if (chain == null) {
      return Gate.PASS;
    }
    LevelChain.Step step = chain.forAction(target.name());
    if (step.fixedAllows != null) {
      // Fixed Allow sides record no problems, so scanning only the Denies keeps their order.
      for (int i : step.denyLevels) {
        denies.add(scan.denies(step.perLevel[i]));
      }
      return step.fixedAllows;
    }
    List<Org.Level> levels = chain.levels();
    Gate[] each = new Gate[levels.size()];
    for (int i = 0; i < each.length; i++) {
      Org.Level level = levels.get(i);
      each[i] = scan.allows(level.policies(), step.perLevel[i], level.targetId());
      denies.add(scan.denies(step.perLevel[i]));
    }
    return Gate.and(each);
  }

  private static Decision assemble(Gate deny, Gate allowed, Caller caller, List<String> notes) {
    List<String> warnings = warnings(caller, notes);
    if (deny.value == Tri.TRUE) {
      List<Evidence> evidence = deny.evidence();
      List<String> why = new ArrayList<>(evidence.size());
      for (Evidence e : evidence) {
        why.add("explicit deny: " + e);
      }
      return new Decision(Verdict.DENY, true, evidence, List.of(), warnings, Gate.frozen(why));
    }
    if (allowed.value == Tri.FALSE) {
      return new Decision(Verdict.DENY, false, List.of(), List.of(), warnings, allowed.reasons());
    }
    boolean sure = allowed.value == Tri.TRUE && deny.value == Tri.FALSE;
    List<Evidence> evidence = new ArrayList<>(8);
    allowed.addEvidence(evidence);
    List<String> open = List.of();
    if (allowed.value == Tri.UNKNOWN || deny.value == Tri.UNKNOWN) {
      open = new ArrayList<>(4);
      allowed.addUnresolved(open);
    }
    if (deny.value == Tri.UNKNOWN) {
      deny.addEvidence(evidence);
      deny.addUnresolved(open);
    }
    return new Decision(
        sure ? Verdict.ALLOW : Verdict.CONDITIONAL,
        false,
        Gate.frozen(evidence),
        Gate.frozen(open),
        warnings,
        List.of());
  }

  private static List<String> warnings(Caller caller, List<String> notes) {
    if (notes.isEmpty()) {
      return caller.warnings();
    }
    List<String> all = new ArrayList<>(caller.warnings());
    all.addAll(notes);
    return all;
  }

  /**
   * The Deny gates of a decision, ORed. "No Deny applies" gates are left out: they add nothing to a
   * disjunction, and they are by far the most common.
   */
  private static final class Denies {
    private Gate first;
    private List<Gate> more;

    void add(Gate g) {
      if (g == Gate.NONE) {
        return;
      }
      if (first == null) {
        first = g;
        return;
      }
      if (more == null) {
        more = new ArrayList<>(4);
        more.add(first);
      }
      more.add(g);
    }

    Gate any() {
      if (first == null) {
        return Gate.NONE;
      }
      return more == null ? first : Gate.or(more.toArray(Gate[]::new));
    }
  }
}
