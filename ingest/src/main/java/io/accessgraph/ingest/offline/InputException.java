package io.accessgraph.ingest.offline;

/**
 * Part of an input cannot be used: a required field is missing or has the wrong shape. Thrown
 * inside a mapper and caught where the entity (or file) it concerns is known, which turns it into
 * an {@link io.accessgraph.model.snapshot.IngestProblem}; it never leaves the package.
 */
final class InputException extends RuntimeException {
  InputException(String message) {
    super(message, null, false, false);
  }
}
