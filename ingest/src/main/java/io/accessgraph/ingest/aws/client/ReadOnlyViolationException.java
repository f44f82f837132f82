package io.accessgraph.ingest.aws.client;

/** A client was asked to run an operation that could change an account; it was not sent. */
public final class ReadOnlyViolationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReadOnlyViolationException(String service, String operation) {
    super(
        "refused "
            + service
            + ":"
            + operation
            + " before sending it: the collector only reads (List*, Get*, Describe*, BatchGet*,"
            + " GenerateCredentialReport, AssumeRole, GetCallerIdentity)");
  }
}
