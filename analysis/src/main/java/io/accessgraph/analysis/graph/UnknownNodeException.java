package io.accessgraph.analysis.graph;

/** A query named a node that the access graph does not hold. */
public class UnknownNodeException extends IllegalArgumentException {
  private final String key;

  public UnknownNodeException(String key) {
    super("no principal, instance or account '" + key + "' in the access graph");
    this.key = key;
  }

  public String key() {
    return key;
  }
}
