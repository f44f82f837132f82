package io.accessgraph.analysis.escalation.rules;

import io.accessgraph.analysis.policy.AccessRequest;
import io.accessgraph.analysis.policy.Decision;
import io.accessgraph.analysis.policy.PolicyEngine;
import io.accessgraph.analysis.policy.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Asks the policy engine, for one account at a time. Decisions that only an attacker-chosen region
 * makes conditional (an SCP denying requests outside approved regions) are retried in the regions
 * the account uses and a few common ones, since the attacker picks the region. Answers for the same
 * source and action on "some resource" are cached: several methods share an action.
 */
final class Checker {
  private static final List<String> COMMON_REGIONS =
      List.of("us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2");
  static final String REQUESTED_REGION = "aws:RequestedRegion";

  private final PolicyEngine engine;
  private final List<String> regions;
  private final Map<String, Attempt> someResource = new HashMap<>();

  /**
   * @param accountRegions regions the account is known to use (its instances), tried first
   */
  Checker(PolicyEngine engine, Set<String> accountRegions) {
    this.engine = engine;
    Set<String> all = new LinkedHashSet<>(accountRegions);
    all.addAll(COMMON_REGIONS);
    this.regions = List.copyOf(all);
  }

  /** The decision for one resource; {@code region} null lets the attacker choose one. */
  Attempt decide(
      String source, String action, String resource, String region, Map<String, String> context) {
    Map<String, String> ctx = context;
    if (region != null) {
      ctx = new HashMap<>(context);
      ctx.put(REQUESTED_REGION, region);
    }
    Decision d = evaluate(source, action, resource, ctx);
    Attempt first = new Attempt(action, resource, null, d);
    if (region != null || !regionDependent(d)) {
      return first;
    }
    Attempt best = first;
    for (String r : regions) {
      Map<String, String> withRegion = new HashMap<>(context);
      withRegion.put(REQUESTED_REGION, r);
      Attempt a = new Attempt(action, resource, r, evaluate(source, action, resource, withRegion));
      if (a.betterThan(best)) {
        best = a;
        if (a.allowed()) {
          break;
        }
      }
    }
    return best;
  }

  Attempt decide(String source, String action, String resource) {
    return decide(source, action, resource, null, Map.of());
  }

  /** sts:AssumeRole of an ingested role, trust policy included. */
  Attempt canAssume(String source, String roleArn) {
    return new Attempt("sts:AssumeRole", roleArn, null, engine.canAssume(source, roleArn));
  }

  /**
   * The action on a resource the attacker names (a new function, stack, role …): each Resource
   * pattern the source's Allow statements give for it is asked as written, since a wildcard pattern
   * matches itself; the best answer wins.
   */
  Attempt onSomeResource(Grants source, String lowerAction, String action, String region) {
    String key = source.arn + "|" + lowerAction + "|" + region;
    Attempt cached = someResource.get(key);
    if (cached != null) {
      return cached;
    }
    Attempt best = null;
    for (String pattern : candidates(source, lowerAction)) {
      Attempt a = decide(source.arn, action, pattern, region, Map.of());
      if (a.betterThan(best)) {
        best = a;
        if (a.allowed()) {
          break;
        }
      }
    }
    if (best == null) {
      best = decide(source.arn, action, "*", region, Map.of());
    }
    someResource.put(key, best);
    return best;
  }

  private static List<String> candidates(Grants source, String lowerAction) {
    List<String> out = new ArrayList<>();
    for (String p : source.patterns(lowerAction)) {
      String text = Patterns.withoutVariables(p);
      if (!out.contains(text)) {
        out.add(text);
      }
    }
    return out;
  }

  private Decision evaluate(
      String source, String action, String resource, Map<String, String> context) {
    AccessRequest request = AccessRequest.of(source, action, resource);
    return engine.evaluate(context.isEmpty() ? request : request.withContext(context));
  }

  private static boolean regionDependent(Decision d) {
    if (d.verdict() != Verdict.CONDITIONAL) {
      return false;
    }
    for (String c : d.unresolvedConditions()) {
      if (c.toLowerCase(Locale.ROOT).contains("aws:requestedregion")) {
        return true;
      }
    }
    return false;
  }
}
