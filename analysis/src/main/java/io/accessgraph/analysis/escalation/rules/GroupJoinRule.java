package io.accessgraph.analysis.escalation.rules;

import io.accessgraph.analysis.escalation.catalog.EdgeFacts;
import io.accessgraph.analysis.escalation.catalog.EscalationMethod;
import io.accessgraph.analysis.escalation.catalog.MethodCatalog;
import io.accessgraph.model.iam.Group;
import java.util.ArrayList;
import java.util.List;

/** iam-013: a user that may add itself to a group whose policies grant everything. */
final class GroupJoinRule implements Rule {
  @Override
  public void apply(AccountScope scope) {
    for (EscalationMethod m : MethodCatalog.ofRule("iam-add-to-group")) {
      List<Group> adminGroups = new ArrayList<>();
      List<String> adminPolicies = new ArrayList<>();
      for (Group g : scope.view.groups.all()) {
        String policy = AdminDocuments.adminPolicyOf(g, scope.view.policies);
        if (policy != null) {
          adminGroups.add(g);
          adminPolicies.add(policy);
        }
      }
      if (adminGroups.isEmpty()) {
        continue;
      }
      String action = m.permissions().get(0);
      String lower = AccountScope.lower(action);
      for (Grants source : scope.sources(m)) {
        if (source.isUser() && !scope.settled(source.arn, scope.adminNode)) {
          join(scope, m, source, action, lower, adminGroups, adminPolicies);
        }
      }
    }
  }

  private static void join(
      AccountScope scope,
      EscalationMethod m,
      Grants source,
      String action,
      String lower,
      List<Group> groups,
      List<String> policies) {
    for (int i = 0; i < groups.size(); i++) {
      Group group = groups.get(i);
      if (source.user.groupNames().contains(group.name())
          || !Patterns.mayMatch(source.patterns(lower), group.arn())) {
        continue;
      }
      Proof p = new Proof();
      if (p.add(scope.checker.decide(source.arn, action, group.arn()))) {
        p.fact(EdgeFacts.GROUP + group.arn());
        p.fact("group " + group.name() + " is granted * on * by " + policies.get(i));
        scope.toAdmin(m, source, p);
        return;
      }
    }
  }
}
