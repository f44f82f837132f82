package io.accessgraph.api.server.ingest;

/** Another ingest run is still going. */
public final class IngestRunConflictException extends RuntimeException {
  IngestRunConflictException(String runningId) {
    super("ingest run " + runningId + " is still running: one run at a time");
  }
}
