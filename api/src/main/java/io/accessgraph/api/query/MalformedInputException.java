package io.accessgraph.api.query;

/** A parameter is not of the form it must have; the message says what was expected. */
public final class MalformedInputException extends IllegalArgumentException {
  private final String parameter;

  public MalformedInputException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
