package io.accessgraph.store.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * The one way rows reach Neo4j: a query that starts with {@code UNWIND $rows AS row}, sent once per
 * batch of {@link #BATCH_SIZE} rows inside the caller's transaction. Values only ever travel as
 * parameters.
 */
public final class Unwind {
  public static final int BATCH_SIZE = 1000;

  private Unwind() {}

  /**
   * Runs {@code query} for every batch of {@code rows}.
   *
   * @param params further parameters, the same for every batch
   */
  public static WriteCounts run(
      SimpleQueryRunner tx,
      String query,
      List<Map<String, Object>> rows,
      Map<String, Object> params) {
    if (!query.startsWith("UNWIND $rows AS row")) {
      throw new IllegalArgumentException("batched query must start with UNWIND $rows AS row");
    }
    WriteCounts total = WriteCounts.NONE;
    for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
      List<Map<String, Object>> batch =
          rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE));
      Map<String, Object> all = new HashMap<>(params);
      all.put("rows", batch);
      total = total.plus(WriteCounts.of(batch.size(), tx.run(query, all).consume().counters()));
    }
    return total;
  }

  /** Runs a statement that takes no rows (cleanup), counting what it changed. */
  public static WriteCounts once(SimpleQueryRunner tx, String query, Map<String, Object> params) {
    return WriteCounts.of(0, tx.run(query, params).consume().counters());
  }
}
