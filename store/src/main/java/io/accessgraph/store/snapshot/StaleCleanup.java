package io.accessgraph.store.snapshot;

import io.accessgraph.store.schema.ExternalAccounts;
import io.accessgraph.store.schema.NodeLabel;
import io.accessgraph.store.schema.Unwind;
import io.accessgraph.store.schema.WriteCounts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Removes what an owner wrote before and did not write again (update tag differs), in the same
 * transaction as the new data. A stale node that raw data still points to (a role named in a trust
 * policy elsewhere) becomes a stub instead of disappearing, so that other accounts keep their
 * relationships; nodes nobody refers to any more are deleted.
 */
final class StaleCleanup {
  /** A stub keeps its key, what identifies it to people, and the analysis' own properties. */
  private static final String STUB;

  static {
    Set<String> keep = new LinkedHashSet<>(NodeLabel.keys());
    keep.addAll(List.of("accountId", "name", "admin", "graphName"));
    STUB = keep.stream().map(p -> p + ": n." + p).collect(Collectors.joining(", ", "{", "}"));
  }

  private final SimpleQueryRunner tx;
  private final Map<String, Object> params;

  StaleCleanup(SimpleQueryRunner tx, String owner, String tag) {
    this.tx = tx;
    this.params = Map.of("owner", owner, "tag", tag);
  }

  /**
   * @param anchorAccountId the owner's account, whose own relationships (USES_POLICY) also go
   *     stale; null for the organization
   */
  WriteCounts run(String anchorAccountId) {
    List<String> ends = new ArrayList<>();
    WriteCounts total = staleRelationships("(n:Owned {owner: $owner})", ends);
    if (anchorAccountId != null) {
      total = total.plus(staleRelationships("(n:Account {accountId: $owner})", ends));
    }
    total =
        total.plus(
            Unwind.once(
                tx,
                "MATCH (n:Owned {owner: $owner}) WHERE n.updateTag <> $tag"
                    + " AND EXISTS { (n)-[r]-() WHERE r.source IS NOT NULL }"
                    + " REMOVE n:Owned SET n = "
                    + STUB,
                params));
    total =
        total.plus(
            Unwind.once(
                tx,
                "MATCH (n:Owned {owner: $owner}) WHERE n.updateTag <> $tag DETACH DELETE n",
                params));
    total = total.plus(orphans(ends));
    return total.plus(ExternalAccounts.refresh(tx));
  }

  private WriteCounts staleRelationships(String from, List<String> ends) {
    Result result =
        tx.run(
            "MATCH "
                + from
                + "-[r]-(m) WHERE r.source = $owner AND r.updateTag <> $tag"
                + " WITH collect(DISTINCT r) AS rels, collect(DISTINCT elementId(m)) AS ends"
                + " FOREACH (x IN rels | DELETE x) RETURN ends",
            params);
    for (Record record : result.list()) {
      ends.addAll(record.get("ends").asList(v -> v.asString()));
    }
    return WriteCounts.of(result.consume().counters());
  }

  /** Deletes former neighbours that nothing refers to any more and nobody owns. */
  private WriteCounts orphans(List<String> ends) {
    if (ends.isEmpty()) {
      return WriteCounts.NONE;
    }
    return Unwind.once(
        tx,
        "UNWIND $ends AS id MATCH (m) WHERE elementId(m) = id AND NOT m:Owned"
            + " AND NOT EXISTS { (m)--() }"
            + " AND NOT (m:Account AND (coalesce(m.member, false) OR coalesce(m.ingested, false)))"
            + " DELETE m",
        Map.of("ends", ends));
  }
}
