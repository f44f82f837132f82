package io.accessgraph.analysis.escalation.rules;

import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import java.util.List;
import java.util.Map;

/**
 * What one principal's identity policies may allow of the actions the methods use: for each
 * (lower-case) action, the Resource patterns of the Allow statements naming it. "May": conditions,
 * Denies, boundaries and SCPs are left to the policy engine, which confirms every edge.
 */
final class Grants {
  final String arn;
  final String name;
  final String accountId;
  final User user;
  final Role role;
  private final Map<String, List<String>> patterns;

  Grants(User user, Role role, String accountId, Map<String, List<String>> patterns) {
    this.user = user;
    this.role = role;
    this.arn = user != null ? user.arn() : role.arn();
    this.name = user != null ? user.name() : role.name();
    this.accountId = accountId;
    this.patterns = patterns;
  }

  boolean isUser() {
    return user != null;
  }

  boolean holds(String lowerAction) {
    return patterns.containsKey(lowerAction);
  }

  java.util.Set<String> actionSet() {
    return patterns.keySet();
  }

  /** The patterns for the action, with this principal's own variables filled in. */
  List<String> patterns(String lowerAction) {
    List<String> written = patterns.getOrDefault(lowerAction, List.of());
    List<String> out = null;
    for (int i = 0; i < written.size(); i++) {
      String p = written.get(i);
      if (p.indexOf("${") < 0 && out == null) {
        continue;
      }
      if (out == null) {
        out = new java.util.ArrayList<>(written.subList(0, i));
      }
      String bound = Patterns.bind(p, this);
      if (bound != null && !out.contains(bound)) {
        out.add(bound);
      }
    }
    return out == null ? written : out;
  }

  /** The tags of the principal. */
  Map<String, String> tags() {
    return user != null ? user.tags() : role.tags();
  }

  /** The permissions boundary's ARN, or null. */
  String boundary() {
    String b = user != null ? user.permissionsBoundaryArn() : role.permissionsBoundaryArn();
    return b == null || b.isBlank() ? null : b;
  }
}
