package io.accessgraph.ingest.aws;

import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** Says what went wrong in one line a person can act on: AWS's error code and message. */
final class Errors {
  private Errors() {}

  static String describe(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
        String code = aws.awsErrorDetails().errorCode();
        String message = aws.awsErrorDetails().errorMessage();
        return (code == null ? "HTTP " + aws.statusCode() : code)
            + (message == null || message.isBlank() ? "" : ": " + message);
      }
    }
    String message = t.getMessage();
    return message == null ? t.getClass().getSimpleName() : message;
  }
}
