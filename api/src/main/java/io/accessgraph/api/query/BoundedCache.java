package io.accessgraph.api.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small least-recently-used cache for per-principal answers of the policy engine (admin evidence,
 * permission summaries): repeated questions about the same principal, as in an incident, are then
 * free, and memory stays bounded however many principals are asked about.
 */
final class BoundedCache<K, V> {
  private final Map<K, V> entries;

  BoundedCache(int capacity) {
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The cached value, or computes it outside the lock (two threads may both compute once). */
  V get(K key, Function<K, V> compute) {
    synchronized (entries) {
      V v = entries.get(key);
      if (v != null) {
        return v;
      }
    }
    V v = compute.apply(key);
    synchronized (entries) {
      entries.put(key, v);
    }
    return v;
  }
}
