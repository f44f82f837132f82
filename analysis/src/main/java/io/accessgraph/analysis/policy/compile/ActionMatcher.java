package io.accessgraph.analysis.policy.compile;

import io.accessgraph.analysis.policy.condition.Wildcard;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Action (or NotAction) element: action names are case-insensitive, so patterns and requests
 * are both lower-cased; exact names go into a hash set, patterns with wildcards are compiled.
 */
public final class ActionMatcher {
  private final List<String> written;
  private final Set<String> exact = new HashSet<>();
  private final Wildcard[] patterns;
  private final Set<String> services;
  private final boolean matchesEverything;

  private ActionMatcher(List<String> written) {
    this.written = List.copyOf(written);
    List<Wildcard> wild = new ArrayList<>();
    Set<String> svc = new LinkedHashSet<>();
    boolean anyService = false;
    boolean everything = false;
    for (String w : written) {
      String lower = w.trim().toLowerCase(Locale.ROOT);
      if (lower.equals("*") || lower.equals("*:*")) {
        everything = true;
        anyService = true;
        wild.add(Wildcard.compile("*"));
        continue;
      }
      int colon = lower.indexOf(':');
      String service = colon < 0 ? lower : lower.substring(0, colon);
      if (colon < 0 || service.indexOf('*') >= 0 || service.indexOf('?') >= 0) {
        anyService = true;
      } else {
        svc.add(service);
      }
      Wildcard p = Wildcard.compile(lower);
      if (p.hasWildcards()) {
        wild.add(p);
      } else {
        exact.add(lower);
      }
    }
    this.patterns = wild.toArray(Wildcard[]::new);
    this.services = anyService ? null : Set.copyOf(svc);
    this.matchesEverything = everything;
  }

  public static ActionMatcher of(List<String> actions) {
    return new ActionMatcher(actions);
  }

  /** True when {@code lowerCaseAction} (e.g. {@code iam:passrole}) is named or matched. */
  public boolean matches(String lowerCaseAction) {
    if (exact.contains(lowerCaseAction)) {
      return true;
    }
    for (Wildcard p : patterns) {
      if (p.matches(lowerCaseAction)) {
        return true;
      }
    }
    return false;
  }

  /** The lower-case service prefixes named, or null when a pattern spans services. */
  public Set<String> services() {
    return services;
  }

  /** True for {@code "*"} (or {@code "*:*"}): every action of every service. */
  public boolean matchesEverything() {
    return matchesEverything;
  }

  public List<String> written() {
    return written;
  }
}
