package io.accessgraph.model.policy;

import java.util.List;

/**
 * One operator-key pair of a statement's Condition block, e.g. {@code StringEquals} / {@code
 * aws:PrincipalTag/team} / {@code ["red", "blue"]}. Values are kept as strings, as AWS compares
 * them; numbers and booleans written as JSON literals become their text.
 */
public record Condition(String operator, String key, List<String> values) {
  public Condition {
    values = List.copyOf(values);
  }
}
