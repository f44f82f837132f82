package io.accessgraph.analysis.policy;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An action as a request names it: trimmed as written (what evidence quotes), lower-cased (what
 * matching uses) and its service prefix. Parsed once per distinct spelling and shared, so the
 * per-action statement caches find it by a cached hash and an identity comparison.
 */
final class ActionName {
  private static final int CACHE_LIMIT = 100_000;
  private static final Map<String, ActionName> PARSED = new ConcurrentHashMap<>();
  private static final Map<String, Integer> IDS = new ConcurrentHashMap<>();
  private static final AtomicInteger NEXT_ID = new AtomicInteger();

  final String written;
  final String lower;
  final String service;

  /**
   * A small dense number per written form (0, 1, 2, ... in order of first use in this JVM), so
   * per-action caches can be arrays; -1 past the cache limit.
   */
  final int id;

  private ActionName(String written, String lower, String service, int id) {
    this.written = written;
    this.lower = lower;
    this.service = service;
    this.id = id;
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
    if (PARSED.size() >= CACHE_LIMIT) {
      return new ActionName(trimmed, lower, lower.substring(0, colon), -1);
    }
    int id = IDS.computeIfAbsent(trimmed, w -> NEXT_ID.getAndIncrement());
    ActionName parsed = new ActionName(trimmed, lower, lower.substring(0, colon), id);
    ActionName raced = PARSED.putIfAbsent(action, parsed);
    return raced == null ? parsed : raced;
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
