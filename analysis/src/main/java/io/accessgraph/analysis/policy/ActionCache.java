package io.accessgraph.analysis.policy;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A value per action, built on first use and kept. Actions with a small id are found in an array
 * (an index, no hashing), others in a bounded map; past the bound values are built per call.
 * Thread-safe for values with only final fields.
 */
final class ActionCache<T> {
  /** Action ids below this are looked up in an array, the others in a map. */
  private static final int DIRECT = 1024;

  /** Distinct actions remembered in the map; past it values are built per call. */
  private static final int MAP_LIMIT = 2048;

  private static final Object[] NOTHING_YET = new Object[0];

  private final Function<ActionName, T> build;
  private final Map<ActionName, T> byAction = new ConcurrentHashMap<>();

  /**
   * By action id, grown by doubling. Entries are written under the lock and read without it: a
   * value has only final fields, so a reader sees either null (and builds again, only wasted work)
   * or a complete one.
   */
  private volatile Object[] byId = NOTHING_YET;

  ActionCache(Function<ActionName, T> build) {
    this.build = build;
  }

  @SuppressWarnings("unchecked")
  T get(ActionName action) {
    int id = action.id;
    if (id >= 0 && id < DIRECT) {
      Object[] direct = byId;
      Object known = id < direct.length ? direct[id] : null;
      return known != null ? (T) known : remember(id, build.apply(action));
    }
    T known = byAction.get(action);
    if (known != null) {
      return known;
    }
    T built = build.apply(action);
    if (byAction.size() < MAP_LIMIT) {
      byAction.put(action, built);
    }
    return built;
  }

  @SuppressWarnings("unchecked")
  private synchronized T remember(int id, T built) {
    Object[] direct = byId;
    if (id < direct.length) {
      if (direct[id] == null) {
        direct[id] = built;
      }
      return (T) direct[id];
    }
    Object[] grown = Arrays.copyOf(direct, Math.max(id + 1, Math.min(DIRECT, 2 * direct.length)));
    grown[id] = built;
    byId = grown;
    return built;
  }
}
