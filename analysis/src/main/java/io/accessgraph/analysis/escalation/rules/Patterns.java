package io.accessgraph.analysis.escalation.rules;

import io.accessgraph.analysis.policy.condition.Wildcard;
import java.util.List;

/** Resource patterns as candidate filters: cheap, generous, and never the final word. */
final class Patterns {
  private Patterns() {}

  /** {@code ${aws:username}} and other policy variables become {@code *}: a superset. */
  static String withoutVariables(String pattern) {
    int at = pattern.indexOf("${");
    if (at < 0) {
      return pattern;
    }
    StringBuilder sb = new StringBuilder();
    int from = 0;
    while (at >= 0) {
      int end = pattern.indexOf('}', at);
      if (end < 0) {
        break;
      }
      sb.append(pattern, from, at).append('*');
      from = end + 1;
      at = pattern.indexOf("${", from);
    }
    return sb.append(pattern.substring(from)).toString();
  }

  /**
   * The pattern with the principal's own variables filled in ({@code ${aws:username}}, {@code
   * ${aws:userid}}, {@code ${aws:PrincipalAccount}}, {@code ${aws:PrincipalTag/K}}); other
   * variables become {@code *}. Null when the principal lacks a variable the pattern needs (a role
   * has no user name): then the pattern matches nothing for it.
   */
  static String bind(String pattern, Grants principal) {
    StringBuilder sb = new StringBuilder();
    int from = 0;
    int at = pattern.indexOf("${");
    while (at >= 0) {
      int end = pattern.indexOf('}', at);
      if (end < 0) {
        break;
      }
      String name = pattern.substring(at + 2, end).toLowerCase(java.util.Locale.ROOT);
      String value = value(name, principal);
      if (value == null) {
        return null;
      }
      sb.append(pattern, from, at).append(value);
      from = end + 1;
      at = pattern.indexOf("${", from);
    }
    return sb.append(pattern.substring(from)).toString();
  }

  private static String value(String name, Grants p) {
    if (name.equals("aws:username")) {
      return p.isUser() ? p.name : null;
    }
    if (name.equals("aws:userid")) {
      return p.isUser() && p.user.userId() != null ? p.user.userId() : "*";
    }
    if (name.equals("aws:principalaccount")) {
      return p.accountId;
    }
    if (name.startsWith("aws:principaltag/")) {
      String key = name.substring("aws:principaltag/".length());
      for (var e : p.tags().entrySet()) {
        if (e.getKey().equalsIgnoreCase(key)) {
          return e.getValue();
        }
      }
      return null;
    }
    return "*";
  }

  static int firstWildcard(String p) {
    int star = p.indexOf('*');
    int question = p.indexOf('?');
    if (star < 0) {
      return question;
    }
    return question < 0 ? star : Math.min(star, question);
  }

  /** True when one of the patterns may match the ARN. */
  static boolean mayMatch(List<String> patterns, String arn) {
    for (String p : patterns) {
      if (p.equals("*") || Wildcard.compile(withoutVariables(p)).matches(arn)) {
        return true;
      }
    }
    return false;
  }
}
