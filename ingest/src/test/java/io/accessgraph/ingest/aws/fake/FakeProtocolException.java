package io.accessgraph.ingest.aws.fake;

/** The fake could not make sense of a request; answered as a 400 naming the problem. */
final class FakeProtocolException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  FakeProtocolException(String message) {
    super(message);
  }
}
