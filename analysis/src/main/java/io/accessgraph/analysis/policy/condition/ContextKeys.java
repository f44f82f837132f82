package io.accessgraph.analysis.policy.condition;

import java.util.List;

/**
 * The request context as far as the analysis knows it. Keys are looked up lower-cased, since AWS
 * condition key names are case-insensitive.
 */
@FunctionalInterface
public interface ContextKeys {
  /**
   * Returns the key's values: a non-empty list when present, an empty list when known to be absent
   * (e.g. a principal tag the principal does not have), or null when only the request can tell.
   */
  List<String> lookup(String lowerCaseKey);

  /**
   * An object that is the same (identical) for every request whose principal keys are the same and
   * whose request-time keys cannot change them, so substitutions of principal variables can be
   * cached against it; null when no caching is safe.
   */
  default Object principalScope() {
    return null;
  }
}
