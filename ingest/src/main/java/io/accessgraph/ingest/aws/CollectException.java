package io.accessgraph.ingest.aws;

/**
 * The run cannot start: bad options, or credentials that AWS does not accept at all. Failures of
 * single accounts are never thrown; they are recorded in {@link AccountResult}.
 */
public final class CollectException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CollectException(String message, Throwable cause) {
    super(message, cause);
  }
}
