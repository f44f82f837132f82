package io.accessgraph.analysis.escalation.rules;

import io.accessgraph.analysis.escalation.catalog.EscalationMethod;
import io.accessgraph.analysis.escalation.catalog.MethodCatalog;
import io.accessgraph.model.iam.Role;
import java.util.List;

/**
 * iam-012: rewrite another role's trust policy to trust oneself, then assume it. In the same
 * account a trust policy naming the caller's ARN needs no identity permission for sts:AssumeRole.
 * Service-linked roles are left out: IAM does not let their trust policy be changed.
 */
final class RoleTakeoverRule implements Rule {
  @Override
  public void apply(AccountScope scope) {
    for (EscalationMethod m : MethodCatalog.ofRule("iam-role-takeover")) {
      String action = m.permissions().get(0);
      String lower = AccountScope.lower(action);
      for (Grants source : scope.sources(m)) {
        List<Role> roles = scope.view.roles.matchingAny(source.patterns(lower));
        for (Role role : scope.open(source.arn, scope.adminsFirst(roles, Role::arn), Role::arn)) {
          if (role.serviceLinked() || scope.settled(source.arn, role.arn())) {
            continue;
          }
          Proof p = new Proof();
          if (p.add(scope.checker.decide(source.arn, action, role.arn()))) {
            p.fact(
                "the trust policy of " + role.arn() + " would be rewritten to trust " + source.arn);
            scope.offer(m, source, role.arn(), p);
          }
        }
      }
    }
  }
}
