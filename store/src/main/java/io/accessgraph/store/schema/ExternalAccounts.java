package io.accessgraph.store.schema;

import java.util.Map;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Keeps {@code external} on account nodes true exactly for accounts that are neither members of the
 * stored organization nor ingested: accounts that only appear in trust policies.
 */
public final class ExternalAccounts {
  private ExternalAccounts() {}

  public static WriteCounts refresh(SimpleQueryRunner tx) {
    return Unwind.once(
        tx,
        "MATCH (a:Account)"
            + " WITH a, NOT (coalesce(a.member, false) OR coalesce(a.ingested, false)) AS external"
            + " WHERE a.external IS NULL OR a.external <> external SET a.external = external",
        Map.of());
  }
}
