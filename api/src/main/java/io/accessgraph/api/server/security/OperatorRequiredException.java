package io.accessgraph.api.server.security;

/** A reader token asked for something only an operator may do. */
public final class OperatorRequiredException extends RuntimeException {
  public OperatorRequiredException(String what) {
    super(what + " needs an operator token; this token is a reader token");
  }
}
