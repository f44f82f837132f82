package io.accessgraph.api.query;

import io.accessgraph.analysis.graph.UnknownNodeException;

/** A well-formed key that names nothing in the graph, with a message saying why. */
final class UnknownKeyException extends UnknownNodeException {
  private final String message;

  UnknownKeyException(String key, String message) {
    super(key);
    this.message = message;
  }

  @Override
  public String getMessage() {
    return message;
  }
}
