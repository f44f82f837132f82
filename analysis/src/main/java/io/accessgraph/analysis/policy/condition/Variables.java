package io.accessgraph.analysis.policy.condition;

import java.util.List;
import java.util.Locale;

/**
 * Policy variables ({@code ${aws:username}}, {@code ${aws:PrincipalTag/team, 'none'}}, and the
 * escapes {@code ${*}}, {@code ${?}}, {@code ${$}}) substituted from the request context. AWS: when
 * a variable has no value and no default, the element containing it does not match.
 */
public final class Variables {
  private Variables() {}

  /**
   * The outcome of a substitution.
   *
   * @param text the substituted text, or null unless {@code state} is TRUE
   * @param state TRUE resolved; FALSE a variable is known to be absent; UNKNOWN request-time
   * @param unknownKey the first variable that only the request can supply, for the explanation
   */
  public record Substitution(String text, Tri state, String unknownKey) {}

  public static boolean hasVariables(String text) {
    return text.contains("${");
  }

  public static Substitution substitute(String text, ContextKeys context) {
    if (!hasVariables(text)) {
      return new Substitution(text, Tri.TRUE, null);
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int at = 0;
    while (at < text.length()) {
      int open = text.indexOf("${", at);
      int close = open < 0 ? -1 : text.indexOf('}', open);
      if (open < 0 || close < 0) {
        out.append(text, at, text.length());
        break;
      }
      out.append(text, at, open);
      String inner = text.substring(open + 2, close).trim();
      String value = valueOf(inner, context);
      if (value == null) {
        String key = keyOf(inner);
        return context.lookup(key.toLowerCase(Locale.ROOT)) == null
            ? new Substitution(null, Tri.UNKNOWN, key)
            : new Substitution(null, Tri.FALSE, null);
      }
      out.append(value);
      at = close + 1;
    }
    return new Substitution(out.toString(), Tri.TRUE, null);
  }

  private static String valueOf(String inner, ContextKeys context) {
    switch (inner) {
      case "*":
        return "*";
      case "?":
        return "?";
      case "$":
        return "$";
      default:
        break;
    }
    String key = keyOf(inner);
    List<String> values = context.lookup(key.toLowerCase(Locale.ROOT));
    if (values != null && !values.isEmpty()) {
      return values.get(0);
    }
    int comma = inner.indexOf(',');
    if (comma >= 0) {
      String fallback = inner.substring(comma + 1).trim();
      if (fallback.length() >= 2 && fallback.startsWith("'") && fallback.endsWith("'")) {
        // A default applies when the key is absent; an unknown key stays unknown.
        return values == null ? null : fallback.substring(1, fallback.length() - 1);
      }
    }
    return null;
  }

  private static String keyOf(String inner) {
    int comma = inner.indexOf(',');
    return (comma < 0 ? inner : inner.substring(0, comma)).trim();
  }
}
