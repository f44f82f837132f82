package io.accessgraph.model.policy;

import java.util.List;
import java.util.Map;

/**
 * The Principal or NotPrincipal element of a statement: principal type ("AWS", "Service",
 * "Federated", "CanonicalUser") to the values named. {@code "Principal": "*"} is kept as {@code
 * {"AWS": ["*"]}} with {@link #anonymousWildcard()} set, since AWS treats both as everyone.
 */
public record PrincipalBlock(Map<String, List<String>> byType, boolean anonymousWildcard) {
  public static final String AWS = "AWS";
  public static final String SERVICE = "Service";
  public static final String FEDERATED = "Federated";
  public static final String CANONICAL_USER = "CanonicalUser";

  public PrincipalBlock {
    byType = Map.copyOf(byType);
  }

  public List<String> values(String type) {
    return byType.getOrDefault(type, List.of());
  }
}
