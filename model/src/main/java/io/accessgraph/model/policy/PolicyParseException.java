package io.accessgraph.model.policy;

/** A policy document that cannot be understood; the message says what is wrong and where. */
public class PolicyParseException extends RuntimeException {
  public PolicyParseException(String message) {
    super(message);
  }

  public PolicyParseException(String message, Throwable cause) {
    super(message, cause);
  }
}
