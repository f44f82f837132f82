package io.accessgraph.analysis.escalation.rules;

import io.accessgraph.analysis.escalation.catalog.EdgeFacts;
import io.accessgraph.analysis.escalation.catalog.EscalationMethod;
import io.accessgraph.analysis.escalation.catalog.MethodCatalog;
import io.accessgraph.model.iam.Group;
import io.accessgraph.model.iam.ManagedPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A principal that may change its own permissions: an inline policy on itself (iam-005, iam-007), a
 * managed policy attached to itself (iam-008, iam-009), the policies of its own groups (iam-010,
 * iam-011), or a customer policy already attached to it (iam-001 new version,
 * iam-setdefaultpolicyversion older version). Each leads to "admin of its account".
 */
final class SelfPolicyRule implements Rule {
  /** What an attacker attaches: lets an iam:PolicyARN condition resolve. */
  static final String ADMIN_POLICY = "arn:aws:iam::aws:policy/AdministratorAccess";

  private static final List<String> RULES =
      List.of(
          "iam-self-inline",
          "iam-self-attach",
          "iam-group-self",
          "iam-policy-version-self",
          "iam-default-version-self");

  @Override
  public void apply(AccountScope scope) {
    for (EscalationMethod m : MethodCatalog.all()) {
      if (!RULES.contains(m.rule())) {
        continue;
      }
      String action = m.permissions().get(0);
      String lower = AccountScope.lower(action);
      for (Grants g : scope.sources(m)) {
        if (scope.settled(g.arn, scope.adminNode)) {
          continue;
        }
        switch (m.rule()) {
          case "iam-self-inline", "iam-self-attach" -> onSelf(scope, m, g, action, lower);
          case "iam-group-self" -> onOwnGroups(scope, m, g, action, lower);
          default -> onOwnPolicies(scope, m, g, action, lower);
        }
      }
    }
  }

  private static void onSelf(
      AccountScope scope, EscalationMethod m, Grants g, String action, String lower) {
    boolean userAction = lower.contains("user");
    if (userAction != g.isUser() || !Patterns.mayMatch(g.patterns(lower), g.arn)) {
      return;
    }
    Map<String, String> context =
        lower.startsWith("iam:attach") ? Map.of("iam:PolicyARN", ADMIN_POLICY) : Map.of();
    Proof p = new Proof();
    if (p.add(scope.checker.decide(g.arn, action, g.arn, null, context))) {
      scope.toAdmin(m, g, p);
    }
  }

  private static void onOwnGroups(
      AccountScope scope, EscalationMethod m, Grants g, String action, String lower) {
    if (!g.isUser()) {
      return;
    }
    Map<String, String> context =
        lower.startsWith("iam:attach") ? Map.of("iam:PolicyARN", ADMIN_POLICY) : Map.of();
    for (String name : g.user.groupNames()) {
      Group group = scope.view.groupsByName.get(name);
      if (group == null || !Patterns.mayMatch(g.patterns(lower), group.arn())) {
        continue;
      }
      Proof p = new Proof();
      if (p.add(scope.checker.decide(g.arn, action, group.arn(), null, context))) {
        p.fact(EdgeFacts.GROUP + group.arn());
        p.fact(g.arn + " is a member of group " + group.name());
        scope.toAdmin(m, g, p);
        return;
      }
    }
  }

  private static void onOwnPolicies(
      AccountScope scope, EscalationMethod m, Grants g, String action, String lower) {
    boolean olderVersion = m.rule().equals("iam-default-version-self");
    for (String arn : attachedTo(scope, g)) {
      ManagedPolicy policy = scope.view.policies.get(arn);
      if (policy == null
          || policy.awsManaged()
          || (olderVersion && policy.versions().size() < 2)
          || !Patterns.mayMatch(g.patterns(lower), arn)) {
        continue;
      }
      Proof p = new Proof();
      if (!p.add(scope.checker.decide(g.arn, action, arn))) {
        continue;
      }
      p.fact(EdgeFacts.POLICY + arn);
      p.fact("policy " + arn + " is attached to " + g.arn + " (directly or through a group)");
      if (olderVersion) {
        List<String> admin = AdminDocuments.adminVersions(policy);
        if (admin.isEmpty()) {
          p.condition(
              "a non-default version of "
                  + arn
                  + " must grant more than the default version "
                  + policy.defaultVersionId());
        } else {
          p.fact("version " + admin.get(0) + " of " + arn + " allows * on *");
        }
      }
      scope.toAdmin(m, g, p);
      return;
    }
  }

  /** Managed policies attached to the principal and to its groups. */
  private static List<String> attachedTo(AccountScope scope, Grants g) {
    if (!g.isUser()) {
      return g.role.attachedPolicyArns();
    }
    List<String> out = new ArrayList<>(g.user.attachedPolicyArns());
    for (String name : g.user.groupNames()) {
      Group group = scope.view.groupsByName.get(name);
      if (group != null) {
        group.attachedPolicyArns().stream().filter(a -> !out.contains(a)).forEach(out::add);
      }
    }
    return out;
  }
}
