package io.accessgraph.store.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * The one way rows reach Neo4j: a query that starts with {@code UNWIND $rows AS row}, sent once per
 * batch of {@link #BATCH_SIZE} rows inside the caller's transaction, or spread over transactions of
 * {@link #ROWS_PER_TRANSACTION} rows when the whole would not fit in one. Values only ever travel
 * as parameters.
 */
public final class Unwind {
  public static final int BATCH_SIZE = 1000;

  /** Rows per transaction where a write is spread over many (the derived result). */
  public static final int ROWS_PER_TRANSACTION = 10_000;

  /** Appended to {@code CALL (x) { ... }}: Neo4j commits every so many rows itself. */
  public static final String IN_TRANSACTIONS =
      " IN TRANSACTIONS OF " + ROWS_PER_TRANSACTION + " ROWS";

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

  /**
   * Runs {@code query} over {@code rows} in transactions of {@code perTransaction} rows, each
   * committed before the next starts; {@code committed} hears the size of each.
   */
  public static WriteCounts inTransactions(
      Session session,
      String query,
      List<Map<String, Object>> rows,
      int perTransaction,
      Map<String, Object> params,
      IntConsumer committed) {
    WriteCounts total = WriteCounts.NONE;
    for (int from = 0; from < rows.size(); from += perTransaction) {
      List<Map<String, Object>> part =
          rows.subList(from, Math.min(rows.size(), from + perTransaction));
      total = total.plus(session.executeWrite(tx -> run(tx, query, part, params)));
      committed.accept(part.size());
    }
    return total;
  }

  /**
   * Runs a statement that commits in batches itself ({@code CALL ... }{@link #IN_TRANSACTIONS}),
   * which Neo4j only allows outside an explicit transaction.
   */
  public static WriteCounts autoCommit(Session session, String query, Map<String, Object> params) {
    return WriteCounts.of(session.run(query, params).consume().counters());
  }

  /** Runs a statement that takes no rows (cleanup), counting what it changed. */
  public static WriteCounts once(SimpleQueryRunner tx, String query, Map<String, Object> params) {
    return WriteCounts.of(0, tx.run(query, params).consume().counters());
  }
}
