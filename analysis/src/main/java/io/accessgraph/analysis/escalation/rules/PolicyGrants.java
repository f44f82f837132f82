package io.accessgraph.analysis.escalation.rules;

import io.accessgraph.analysis.policy.compile.CompiledPolicy;
import io.accessgraph.analysis.policy.compile.CompiledStatement;
import io.accessgraph.model.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What policy documents allow and deny outright of the actions the methods use, computed once per
 * managed policy (AWS-managed ones are shared by every account) and once per group.
 */
final class PolicyGrants {
  /**
   * @param allows action → Resource patterns of the Allow statements naming it
   * @param denied actions an unconditional Deny on every resource removes
   */
  record Held(Map<String, List<String>> allows, Set<String> denied) {
    static final Held NONE = new Held(Map.of(), Set.of());
  }

  private final List<String> actions;
  private final Map<String, Held> byPolicyArn = new ConcurrentHashMap<>();

  /**
   * @param actions lower-case {@code service:action} names
   */
  PolicyGrants(Set<String> actions) {
    this.actions = List.copyOf(actions);
  }

  Held managed(String arn, PolicyDocument document) {
    return byPolicyArn.computeIfAbsent(arn, a -> of(a, document));
  }

  Held of(String id, PolicyDocument document) {
    CompiledPolicy compiled = CompiledPolicy.compile(id, document);
    Map<String, List<String>> allows = new HashMap<>();
    Set<String> denied = new HashSet<>();
    for (CompiledStatement s : compiled.statements()) {
      boolean everywhere =
          s.resources() == null || (!s.notResource() && s.resources().matchesEverything());
      if (!s.isAllow() && !(everywhere && s.conditions().isEmpty())) {
        continue;
      }
      Set<String> services = s.notAction() ? null : s.actions().services();
      List<String> resources =
          s.resources() == null || s.notResource() ? List.of("*") : s.resources().written();
      for (String action : actions) {
        if ((services != null && !services.contains(service(action))) || !s.matchesAction(action)) {
          continue;
        }
        if (!s.isAllow()) {
          denied.add(action);
          continue;
        }
        List<String> list = allows.computeIfAbsent(action, k -> new ArrayList<>());
        for (String r : resources) {
          if (!list.contains(r)) {
            list.add(r);
          }
        }
      }
    }
    return allows.isEmpty() && denied.isEmpty() ? Held.NONE : new Held(allows, denied);
  }

  /**
   * What a principal may hold: its identity policies' allows, less their outright denies, and only
   * the actions its permissions boundary (null: none) may allow too.
   */
  static Map<String, List<String>> effective(List<Held> identity, Held boundary) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    Set<String> denied = new HashSet<>();
    identity.forEach(h -> denied.addAll(h.denied()));
    if (boundary != null) {
      denied.addAll(boundary.denied());
    }
    for (Held h : identity) {
      h.allows()
          .forEach(
              (action, patterns) -> {
                if (denied.contains(action)
                    || (boundary != null && !boundary.allows().containsKey(action))) {
                  return;
                }
                List<String> list = out.computeIfAbsent(action, k -> new ArrayList<>());
                for (String p : patterns) {
                  if (!list.contains(p)) {
                    list.add(p);
                  }
                }
              });
    }
    return out;
  }

  /** Several holdings as one (a group's policies). */
  static Held merge(List<Held> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    Set<String> denied = new HashSet<>();
    parts.forEach(h -> denied.addAll(h.denied()));
    Map<String, List<String>> allows = new LinkedHashMap<>();
    for (Held h : parts) {
      h.allows()
          .forEach(
              (action, patterns) -> {
                List<String> list = allows.computeIfAbsent(action, k -> new ArrayList<>());
                patterns.stream().filter(p -> !list.contains(p)).forEach(list::add);
              });
    }
    return new Held(allows, denied);
  }

  private static String service(String action) {
    return action.substring(0, action.indexOf(':'));
  }
}
