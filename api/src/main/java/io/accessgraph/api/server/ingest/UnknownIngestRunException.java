package io.accessgraph.api.server.ingest;

/** No run with that id (runs are kept in memory since the server started). */
public final class UnknownIngestRunException extends RuntimeException {
  UnknownIngestRunException(String id) {
    super(
        "no ingest run '"
            + (id.length() > 64 ? id.substring(0, 64) + "…" : id)
            + "' since the server started");
  }
}
