package io.accessgraph.store.snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;

/** Runs a read over the owned nodes of every account and groups the mapped entities by owner. */
final class OwnedReader {
  private final SimpleQueryRunner tx;

  OwnedReader(SimpleQueryRunner tx) {
    this.tx = tx;
  }

  /**
   * @param query returns {@code owner} and whatever {@code mapper} needs, one row per entity
   * @param sortKey entities are sorted by it, so reads do not depend on storage order
   */
  <T> Map<String, List<T>> byOwner(
      String query, Function<Record, T> mapper, Function<T, String> sortKey) {
    Map<String, List<T>> out = new HashMap<>();
    for (Record r : tx.run(query).list()) {
      out.computeIfAbsent(r.get("owner").asString(), k -> new ArrayList<>()).add(mapper.apply(r));
    }
    Comparator<T> order =
        Comparator.comparing(sortKey, Comparator.nullsFirst(Comparator.naturalOrder()));
    out.values().forEach(list -> list.sort(order));
    return out;
  }
}
