package io.accessgraph.store.schema;

import org.neo4j.driver.summary.SummaryCounters;

/** What a write did: rows sent, and what Neo4j reports it created and deleted. */
public record WriteCounts(
    long rows,
    long nodesCreated,
    long nodesDeleted,
    long relationshipsCreated,
    long relationshipsDeleted) {

  public static final WriteCounts NONE = new WriteCounts(0, 0, 0, 0, 0);

  public static WriteCounts of(SummaryCounters c) {
    return of(0, c);
  }

  static WriteCounts of(long rows, SummaryCounters c) {
    return new WriteCounts(
        rows,
        c.nodesCreated(),
        c.nodesDeleted(),
        c.relationshipsCreated(),
        c.relationshipsDeleted());
  }

  public WriteCounts plus(WriteCounts o) {
    return new WriteCounts(
        rows + o.rows,
        nodesCreated + o.nodesCreated,
        nodesDeleted + o.nodesDeleted,
        relationshipsCreated + o.relationshipsCreated,
        relationshipsDeleted + o.relationshipsDeleted);
  }
}
