package io.accessgraph.analysis.policy;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An action as a request names it: trimmed as written (what evidence quotes), lower-cased (what
 * matching uses) and its service prefix. Parsed once per distinct spelling and shared, so the
 * per-action statement caches find it by a cached hash and an identity comparison.
 */
final class ActionName {
  private static final int CACHE_LIMIT = 100_000;
  private static final Map<String, ActionName> PARSED = new ConcurrentHashMap<>();

  final String written;
  final String lower;
  final String service;

  private ActionName(String written, String lower, String service) {
    this.written = written;
    this.lower = lower;
    this.service = service;
  }

  /**
   * @throws IllegalArgumentException when the action is not of the form service:Action
   */
  static ActionName of(String action) {
    ActionName known = PARSED.get(action);
    if (known != null) {
      return known;
    }
    String trimmed = action.trim();
    String lower = trimmed.toLowerCase(Locale.ROOT);
    int colon = lower.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException(
          "action '" + action + "' is not of the form service:Action");
    }
    ActionName parsed = new ActionName(trimmed, lower, lower.substring(0, colon));
    if (PARSED.size() < CACHE_LIMIT) {
      PARSED.putIfAbsent(action, parsed);
    }
    return parsed;
  }

  /** Equal when written the same way: evidence quotes the written form. */
  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof ActionName a && a.written.equals(written));
  }

  @Override
  public int hashCode() {
    return written.hashCode();
  }

  @Override
  public String toString() {
    return written;
  }
}
