package io.accessgraph.analysis.escalation.rules;

import io.accessgraph.analysis.escalation.catalog.EdgeFacts;
import io.accessgraph.analysis.escalation.catalog.EscalationMethod;
import io.accessgraph.analysis.escalation.catalog.MethodCatalog;
import io.accessgraph.model.iam.ManagedPolicy;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Grant another principal anything, then become it (iam-014 … iam-021): change a role's policies
 * (inline, attached, or a customer policy attached to it) and assume it or rewrite its trust; or
 * change a user's policies and create an access key for it. The attacker then holds whatever it
 * granted, so the edge leads to "admin of the account"; the principal used is named as {@code via}.
 * One target suffices per source, so the search stops at the first that holds; the roles tried with
 * sts:AssumeRole are only those the source has a CAN_ASSUME edge to.
 */
final class PrincipalPolicyRule implements Rule {
  @Override
  public void apply(AccountScope scope) {
    for (EscalationMethod m : MethodCatalog.ofRule("iam-principal-policy")) {
      List<String> lower = AccountScope.lower(m.permissions());
      for (Grants source : scope.sources(m)) {
        if (scope.settled(source.arn, scope.adminNode)) {
          continue;
        }
        if (lower.get(0).equals("iam:createpolicyversion")) {
          viaPolicies(scope, m, source, lower);
        } else if (lower.get(0).contains("user")) {
          viaUsers(scope, m, source);
        } else {
          viaRoles(scope, m, source, lower);
        }
      }
    }
  }

  private static void viaRoles(
      AccountScope scope, EscalationMethod m, Grants source, List<String> lower) {
    boolean assume = lower.get(1).equals("sts:assumerole");
    for (Role role : scope.view.roles.matchingAny(source.patterns(lower.get(0)))) {
      if (role.arn().equals(source.arn)
          || role.serviceLinked()
          || (assume && !scope.assumableBy(source.arn).contains(role.arn()))) {
        continue;
      }
      List<Attempt> attempts = new ArrayList<>();
      attempts.add(decide(scope, source, m.permissions().get(0), role.arn()));
      attempts.add(second(scope, m, source, role.arn()));
      if (emit(scope, m, source, role.arn(), role.permissionsBoundaryArn(), null, attempts)) {
        return;
      }
    }
  }

  private static void viaUsers(AccountScope scope, EscalationMethod m, Grants source) {
    String first = m.permissions().get(0);
    for (User user : scope.view.users.matchingAny(source.patterns(AccountScope.lower(first)))) {
      if (user.arn().equals(source.arn) || user.accessKeys().size() >= 2) {
        continue;
      }
      List<Attempt> attempts = new ArrayList<>();
      attempts.add(decide(scope, source, first, user.arn()));
      attempts.add(scope.checker.decide(source.arn, m.permissions().get(1), user.arn()));
      if (emit(scope, m, source, user.arn(), user.permissionsBoundaryArn(), null, attempts)) {
        return;
      }
    }
  }

  private static void viaPolicies(
      AccountScope scope, EscalationMethod m, Grants source, List<String> lower) {
    for (ManagedPolicy policy :
        scope.view.customerPolicies.matchingAny(source.patterns(lower.get(0)))) {
      List<Role> roles = scope.view.rolesWithPolicy.getOrDefault(policy.arn(), List.of());
      if (roles.isEmpty()) {
        continue;
      }
      Attempt rewrite = scope.checker.decide(source.arn, m.permissions().get(0), policy.arn());
      if (rewrite.denied()) {
        continue;
      }
      boolean assume = lower.get(1).equals("sts:assumerole");
      for (Role role : roles) {
        if (role.arn().equals(source.arn)
            || role.serviceLinked()
            || (assume && !scope.assumableBy(source.arn).contains(role.arn()))) {
          continue;
        }
        List<Attempt> attempts = List.of(rewrite, second(scope, m, source, role.arn()));
        if (emit(scope, m, source, role.arn(), role.permissionsBoundaryArn(), policy, attempts)) {
          return;
        }
      }
    }
  }

  private static Attempt decide(AccountScope scope, Grants source, String action, String arn) {
    Map<String, String> context =
        action.toLowerCase().startsWith("iam:attach")
            ? Map.of("iam:PolicyARN", SelfPolicyRule.ADMIN_POLICY)
            : Map.of();
    return scope.checker.decide(source.arn, action, arn, null, context);
  }

  /** sts:AssumeRole through the trust policy, or iam:UpdateAssumeRolePolicy on the role. */
  private static Attempt second(
      AccountScope scope, EscalationMethod m, Grants source, String roleArn) {
    String action = m.permissions().get(1);
    return action.equalsIgnoreCase("sts:AssumeRole")
        ? scope.checker.canAssume(source.arn, roleArn)
        : scope.checker.decide(source.arn, action, roleArn);
  }

  /** Offers the edge; true when it holds, so the search can stop (see AccountScope#settled). */
  private static boolean emit(
      AccountScope scope,
      EscalationMethod m,
      Grants source,
      String via,
      String boundary,
      ManagedPolicy policy,
      List<Attempt> attempts) {
    Proof p = new Proof();
    if (!p.addAll(attempts)) {
      return false;
    }
    p.fact(EdgeFacts.VIA + via);
    if (policy != null) {
      p.fact(EdgeFacts.POLICY + policy.arn());
      p.fact("policy " + policy.arn() + " is attached to " + via);
    }
    if (boundary != null && !boundary.isBlank()) {
      p.condition("the permissions boundary " + boundary + " of " + via + " still caps it");
    }
    scope.offer(m, source, scope.adminNode, p);
    return true;
  }
}
