package io.accessgraph.api.query;

import io.accessgraph.analysis.graph.TraversalOptions;
import java.time.Duration;

/**
 * What one query may ask for, so that one request cannot exhaust the server. The command line uses
 * the same limits, so both answer the same questions.
 */
public final class QueryLimits {
  public static final int MAX_HOPS = 16;
  public static final int MAX_K = 20;
  public static final int DEFAULT_K = 3;
  public static final int MAX_PAGE_SIZE = 200;
  public static final int DEFAULT_PAGE_SIZE = 50;
  public static final int MAX_PAGE = 100_000;
  public static final int MAX_GRAPH_NODES = 2_000;
  public static final int MAX_DEPTH = 4;
  public static final int MAX_INPUT_LENGTH = 2_048;
  public static final Duration QUERY_TIMEOUT = Duration.ofSeconds(10);

  private QueryLimits() {}

  public static TraversalOptions traversal(int maxHops, boolean conditional) {
    return new TraversalOptions(within("maxHops", maxHops, 1, MAX_HOPS), conditional);
  }

  public static int k(int k) {
    return within("k", k, 1, MAX_K);
  }

  public static int pageSize(int size) {
    return within("size", size, 1, MAX_PAGE_SIZE);
  }

  public static int page(int page) {
    return within("page", page, 0, MAX_PAGE);
  }

  public static int depth(int depth) {
    return within("depth", depth, 1, MAX_DEPTH);
  }

  static int within(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new LimitExceededException(
          name, name + " must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }
}
