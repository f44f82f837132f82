package io.accessgraph.analysis.escalation.rules;

import io.accessgraph.analysis.escalation.catalog.EscalationMethod;
import io.accessgraph.analysis.escalation.catalog.MethodCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * iam-createrole-self and iam-createrole-attach-self: create a role that trusts oneself, give it
 * administrator permissions, assume it. The new role's name is the attacker's choice, so each role
 * pattern of the source's iam:CreateRole grants is tried as written.
 */
final class CreateRoleRule implements Rule {
  @Override
  public void apply(AccountScope scope) {
    for (EscalationMethod m : MethodCatalog.ofRule("iam-createrole-self")) {
      for (Grants source : scope.sources(m)) {
        if (scope.settled(source.arn, scope.adminNode)) {
          continue;
        }
        for (String role : newRoleArns(scope.view.accountId, source)) {
          Proof p = new Proof();
          if (p.addAll(attempts(scope, m, source, role))) {
            p.fact("the new role " + role + " would trust " + source.arn);
            scope.toAdmin(m, source, p);
            break;
          }
        }
      }
    }
  }

  private static List<Attempt> attempts(
      AccountScope scope, EscalationMethod m, Grants source, String role) {
    List<Attempt> out = new ArrayList<>();
    for (String action : m.permissions()) {
      Map<String, String> context =
          action.equalsIgnoreCase("iam:AttachRolePolicy")
              ? Map.of("iam:PolicyARN", SelfPolicyRule.ADMIN_POLICY)
              : Map.of();
      Attempt a = scope.checker.decide(source.arn, action, role, null, context);
      if (a.denied()) {
        return List.of(a);
      }
      out.add(a);
    }
    return out;
  }

  /** Role ARNs in the account that the source's iam:CreateRole patterns allow, as patterns. */
  private static List<String> newRoleArns(String account, Grants source) {
    String prefix = "arn:aws:iam::" + account + ":role/";
    List<String> out = new ArrayList<>();
    for (String p : source.patterns("iam:createrole")) {
      String text = Patterns.withoutVariables(p);
      String arn;
      if (text.equals("*") || text.equals("arn:aws:iam::*:role/*")) {
        arn = prefix + "*";
      } else if (text.startsWith(prefix)) {
        arn = text;
      } else if (text.startsWith("arn:aws:iam::*:role/")) {
        arn = prefix + text.substring("arn:aws:iam::*:role/".length());
      } else {
        continue;
      }
      if (!out.contains(arn)) {
        out.add(arn);
      }
    }
    return out;
  }
}
