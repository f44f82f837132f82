package io.accessgraph.api.query;

/** A request went beyond one of the {@link QueryLimits}; the message names the limit. */
public final class LimitExceededException extends IllegalArgumentException {
  private final String limit;

  public LimitExceededException(String limit, String message) {
    super(message);
    this.limit = limit;
  }

  /** The limit's name, e.g. {@code maxHops}. */
  public String limit() {
    return limit;
  }
}
