package io.accessgraph.api.server.ingest;

import java.time.Instant;
import java.util.List;

/**
 * One ingest run as the API shows it.
 *
 * @param state QUEUED, RUNNING, SUCCEEDED or FAILED
 * @param phase what it is doing: collecting, reading, storing, analyzing, reloading, done
 * @param accountsDone accounts finished in the current phase, of {@code accountsTotal} (0 when not
 *     yet known)
 */
public record IngestRunView(
    String id,
    String source,
    String state,
    String phase,
    int accountsDone,
    int accountsTotal,
    Instant startedAt,
    Instant finishedAt,
    List<AccountOutcome> accounts,
    List<String> problems,
    String error) {}
