package io.accessgraph.analysis.escalation.rules;

import io.accessgraph.analysis.escalation.catalog.EdgeFacts;
import io.accessgraph.analysis.escalation.catalog.EscalationMethod;
import io.accessgraph.analysis.escalation.catalog.MethodCatalog;
import io.accessgraph.model.iam.Role;
import java.util.List;
import java.util.Map;

/**
 * Hand a role to a service and run code there (every "passrole" method of the catalog: EC2, Auto
 * Scaling, Lambda, ECS, Glue, SageMaker, CloudFormation, CodeBuild, Data Pipeline, App Runner,
 * Bedrock AgentCore). Targets are the roles of the source's account that trust one of the method's
 * service principals and that its iam:PassRole patterns may name; each is confirmed with
 * iam:PassedToService fixed to the method's service. The other actions act on resources the
 * attacker creates, or on an existing one (see {@link ExistingResources}).
 */
final class PassRoleRule implements Rule {
  private static final String PASS_ROLE = "iam:PassRole";

  @Override
  public void apply(AccountScope scope) {
    for (EscalationMethod m : MethodCatalog.ofRule("passrole")) {
      List<Role> roles =
          scope.adminsFirst(scope.view.rolesTrusting(m.trustedServices()), Role::arn);
      if (roles.isEmpty()) {
        continue;
      }
      for (Grants source : scope.sources(m)) {
        Proof base = ExistingResources.prove(scope, m, source, null);
        if (base == null) {
          continue;
        }
        if (m.precondition() != null) {
          base.condition(m.precondition());
        }
        for (Role role : scope.open(source.arn, roles, Role::arn)) {
          if (!profileFits(scope, m, role)
              || !Patterns.mayMatch(source.patterns("iam:passrole"), role.arn())
              || scope.settled(source.arn, role.arn())) {
            continue;
          }
          Attempt pass =
              scope.checker.decide(
                  source.arn,
                  PASS_ROLE,
                  role.arn(),
                  null,
                  Map.of("iam:PassedToService", m.passedToService()));
          Proof p = base.copy();
          if (!p.add(pass)) {
            continue;
          }
          p.fact(role.arn() + " trusts " + String.join(" or ", m.trustedServices()));
          List<String> profiles = scope.view.profilesOf(role.arn());
          if (!profiles.isEmpty()) {
            p.fact(EdgeFacts.INSTANCE_PROFILE + profiles.get(0));
          }
          scope.offer(m, source, role.arn(), p);
        }
      }
    }
  }

  private static boolean profileFits(AccountScope scope, EscalationMethod m, Role role) {
    boolean has = !scope.view.profilesOf(role.arn()).isEmpty();
    return switch (m.roleProfile()) {
      case "required" -> has;
      case "absent" -> !has;
      default -> true;
    };
  }
}
