package io.accessgraph.analysis.escalation.rules;

import io.accessgraph.model.iam.Role;
import io.accessgraph.model.policy.PrincipalBlock;
import io.accessgraph.model.policy.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The service principals a role's trust policy lets in (Allow statements naming a Service for an
 * sts:AssumeRole action). Service principals are outside IAM's evaluation of callers, so the
 * statement is read directly; conditions such as aws:SourceAccount restrict which resource of the
 * service may use the role, not whether one the attacker creates in the same account may.
 */
final class TrustedServices {
  private TrustedServices() {}

  static Set<String> of(Role role) {
    Set<String> out = new LinkedHashSet<>();
    if (role.trustPolicy() == null) {
      return out;
    }
    for (Statement s : role.trustPolicy().statements()) {
      if (!s.isAllow() || s.principal() == null || !assumes(s)) {
        continue;
      }
      for (String service : s.principal().values(PrincipalBlock.SERVICE)) {
        out.add(service.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static boolean assumes(Statement s) {
    List<String> actions = s.actions();
    if (actions == null) {
      return true;
    }
    for (String a : actions) {
      String lower = a.toLowerCase(Locale.ROOT);
      if (lower.equals("*") || lower.equals("sts:*") || lower.equals("sts:assumerole")) {
        return true;
      }
    }
    return false;
  }
}
