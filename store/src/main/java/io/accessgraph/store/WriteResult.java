package io.accessgraph.store;

import io.accessgraph.store.schema.WriteCounts;
import java.time.Duration;

/**
 * How writing one owner went: an account id, or "organization".
 *
 * @param entities the nodes and relationships written (rows sent)
 * @param counts what Neo4j created and deleted (zero creations on an unchanged re-ingest)
 * @param error why it failed, null when written; the previous data of that owner is kept then
 */
public record WriteResult(
    String owner, boolean written, long entities, WriteCounts counts, Duration took, String error) {

  public static WriteResult written(
      String owner, long entities, WriteCounts counts, Duration took) {
    return new WriteResult(owner, true, entities, counts, took, null);
  }

  public static WriteResult failed(String owner, Duration took, String error) {
    return new WriteResult(owner, false, 0, WriteCounts.NONE, took, error);
  }
}
