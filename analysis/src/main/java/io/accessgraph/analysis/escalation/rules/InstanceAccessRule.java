package io.accessgraph.analysis.escalation.rules;

import io.accessgraph.analysis.escalation.catalog.EdgeFacts;
import io.accessgraph.analysis.escalation.catalog.EscalationMethod;
import io.accessgraph.analysis.escalation.catalog.MethodCatalog;
import io.accessgraph.model.ec2.Ec2Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Run code on an existing instance and use its role: Systems Manager (ssm-001, ssm-002), EC2
 * Instance Connect and the serial console (running instances only), or new user data through a stop
 * and start (ec2-002, any instance that is not terminated). Only instances in the snapshot count;
 * the request's region is the instance's.
 */
final class InstanceAccessRule implements Rule {
  @Override
  public void apply(AccountScope scope) {
    if (scope.view.instances.isEmpty()) {
      return;
    }
    for (EscalationMethod m : MethodCatalog.ofRule("instance")) {
      String first = AccountScope.lower(m.permissions().get(0));
      for (Grants source : scope.sources(m)) {
        for (Ec2Instance instance : scope.view.instances.matchingAny(source.patterns(first))) {
          if ("running".equals(m.roleProfile()) && !"running".equalsIgnoreCase(instance.state())) {
            continue;
          }
          List<String> roles = open(scope, m, source, scope.view.rolesOf(instance));
          if (!roles.isEmpty()) {
            prove(scope, m, source, instance, roles);
          }
        }
      }
    }
  }

  /**
   * The instance's roles the source does not reach yet: one instance per role is enough (many
   * instances share a role; the first one that works is kept).
   */
  private static List<String> open(
      AccountScope scope, EscalationMethod m, Grants source, List<String> roles) {
    List<String> out = new ArrayList<>();
    for (String role : roles) {
      if (scope.view.roles.get(role) != null
          && !scope.settled(source.arn, role)
          && !scope.sink.has(source.arn, role)) {
        out.add(role);
      }
    }
    return out;
  }

  private static void prove(
      AccountScope scope,
      EscalationMethod m,
      Grants source,
      Ec2Instance instance,
      List<String> roles) {
    List<Attempt> attempts = new ArrayList<>();
    for (String action : m.permissions()) {
      attempts.add(
          scope.checker.decide(source.arn, action, instance.arn(), instance.region(), Map.of()));
    }
    Proof p = new Proof();
    if (!p.addAll(attempts)) {
      return;
    }
    p.fact(EdgeFacts.RESOURCE + instance.arn());
    p.fact(EdgeFacts.INSTANCE_PROFILE + instance.instanceProfileArn());
    p.fact("instance " + instance.instanceId() + " is " + instance.state());
    for (String role : roles) {
      scope.offer(m, source, role, p.copy());
    }
  }
}
