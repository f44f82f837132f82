package io.accessgraph.analysis.escalation.rules;

import io.accessgraph.analysis.policy.condition.Wildcard;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Entities of one account by ARN, answering "which of them does this resource pattern match?"
 * without scanning for the usual shapes: an exact ARN is one lookup, a pattern whose wildcard comes
 * late ({@code arn:aws:iam::1:role/app-*}) scans only the ARNs sharing its prefix, {@code *} all.
 */
final class ArnIndex<T> {
  private final TreeMap<String, T> byArn = new TreeMap<>();
  private final Function<T, String> arnOf;

  ArnIndex(Collection<T> items, Function<T, String> arnOf) {
    this.arnOf = arnOf;
    items.forEach(i -> byArn.put(arnOf.apply(i), i));
  }

  boolean isEmpty() {
    return byArn.isEmpty();
  }

  Collection<T> all() {
    return byArn.values();
  }

  T get(String arn) {
    return byArn.get(arn);
  }

  /** The entities matched by a Resource pattern; policy variables count as wildcards. */
  List<T> matching(String pattern) {
    String p = Patterns.withoutVariables(pattern);
    int wild = Patterns.firstWildcard(p);
    if (wild < 0) {
      T one = byArn.get(p);
      return one == null ? List.of() : List.of(one);
    }
    if (wild == 0 && p.equals("*")) {
      return new ArrayList<>(byArn.values());
    }
    String prefix = p.substring(0, wild);
    Map<String, T> range =
        prefix.isEmpty() ? byArn : byArn.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
    Wildcard w = Wildcard.compile(p);
    List<T> out = new ArrayList<>();
    range.forEach(
        (arn, item) -> {
          if (w.matches(arn)) {
            out.add(item);
          }
        });
    return out;
  }

  /** The entities matched by any of the patterns, each once, in ARN order. */
  List<T> matchingAny(List<String> patterns) {
    if (patterns.size() == 1) {
      return matching(patterns.get(0));
    }
    TreeMap<String, T> out = new TreeMap<>();
    for (String p : patterns) {
      for (T item : matching(p)) {
        out.putIfAbsent(arnOf.apply(item), item);
      }
    }
    return new ArrayList<>(out.values());
  }
}
