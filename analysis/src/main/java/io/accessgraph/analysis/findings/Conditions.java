package io.accessgraph.analysis.findings;

import io.accessgraph.model.policy.Condition;
import io.accessgraph.model.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which conditions of a statement actually pin a key down. A condition restricts only when the
 * request must carry the key and match a value: negated operators, {@code …IfExists} (an absent key
 * passes), {@code ForAllValues:} (an empty set passes) and {@code Null} do not.
 */
final class Conditions {
  private static final Set<String> MATCHING =
      Set.of("stringequals", "stringequalsignorecase", "stringlike", "arnequals", "arnlike");

  private Conditions() {}

  /** The statement's conditions on {@code key} (case-insensitive) that pin it down. */
  static List<Condition> requiring(Statement statement, String key) {
    List<Condition> out = new ArrayList<>();
    for (Condition c : statement.conditions()) {
      if (c.key().equalsIgnoreCase(key) && restricts(c)) {
        out.add(c);
      }
    }
    return out;
  }

  static boolean restricts(Condition c) {
    String op = c.operator().toLowerCase(Locale.ROOT);
    if (op.startsWith("foranyvalue:")) {
      op = op.substring("foranyvalue:".length());
    }
    return MATCHING.contains(op) && !c.values().isEmpty();
  }

  /** True when {@code value} admits any string under the condition's operator. */
  static boolean matchesEverything(Condition c, String value) {
    return isLike(c) && !value.isEmpty() && value.chars().allMatch(ch -> ch == '*');
  }

  /** Like operators treat {@code *} and {@code ?} as wildcards; Equals operators do not. */
  static boolean isLike(Condition c) {
    return c.operator().toLowerCase(Locale.ROOT).endsWith("like");
  }

  /** E.g. {@code StringEquals sts:ExternalId [acme-7f3a9c]}. */
  static String describe(Condition c) {
    return c.operator() + " " + c.key() + " " + c.values();
  }
}
