package io.accessgraph.analysis.escalation.rules;

import io.accessgraph.analysis.escalation.catalog.EscalationMethod;
import io.accessgraph.analysis.escalation.catalog.MethodCatalog;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.snapshot.ServiceResource;
import java.util.List;

/**
 * Take over an existing resource that runs as a role (Lambda function, CodeBuild project,
 * CloudFormation stack, Glue dev endpoint, SageMaker notebook, ECS task, App Runner service,
 * AgentCore code interpreter, launch template). With the account's inventory the edge goes to the
 * role of each such resource the source may act on. Without it, to each role of the account that
 * trusts the resource's service, marked potential: never confirmed.
 */
final class ExistingResourceRule implements Rule {
  @Override
  public void apply(AccountScope scope) {
    for (EscalationMethod m : MethodCatalog.ofRule("existing-resource")) {
      for (Grants source : scope.sources(m)) {
        if (scope.view.inventoryCollected()) {
          confirmed(scope, m, source);
        } else {
          potential(scope, m, source);
        }
      }
    }
  }

  private static void confirmed(AccountScope scope, EscalationMethod m, Grants source) {
    for (ServiceResource r : ExistingResources.candidates(scope, m, source)) {
      String role = r.roleArn();
      if (role == null
          || scope.view.roles.get(role) == null
          || scope.settled(source.arn, role)
          || scope.sink.has(source.arn, role)) {
        continue;
      }
      Proof p = ExistingResources.prove(scope, m, source, r);
      if (p != null) {
        p.fact(m.existingResource() + " " + r.name() + " runs as " + role);
        scope.offer(m, source, role, p);
      }
    }
  }

  private static void potential(AccountScope scope, EscalationMethod m, Grants source) {
    Proof base = null;
    List<Role> roles = scope.adminsFirst(scope.view.rolesTrusting(m.trustedServices()), Role::arn);
    for (Role role : scope.open(source.arn, roles, Role::arn)) {
      if (scope.settled(source.arn, role.arn())) {
        continue;
      }
      if (base == null) {
        base = ExistingResources.created(scope, m, source, null);
        if (base == null || !ExistingResources.anywhere(scope, m, source, base)) {
          return;
        }
      }
      Proof p = base.copy();
      p.condition(ExistingResources.potential(scope, m, role.arn()));
      p.fact(role.arn() + " trusts " + String.join(" or ", m.trustedServices()));
      scope.offer(m, source, role.arn(), p);
    }
  }
}
