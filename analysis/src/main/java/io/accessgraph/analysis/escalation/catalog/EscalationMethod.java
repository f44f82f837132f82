package io.accessgraph.analysis.escalation.catalog;

import io.accessgraph.analysis.graph.AccessEdge;
import java.util.List;

/**
 * One escalation method.
 *
 * @param id pathfinding.cloud id (e.g. {@code iam-007}) or our own (e.g. {@code
 *     lambda-layer-injection})
 * @param origin {@code pathfinding.cloud} or {@code accessgraph}
 * @param category e.g. self-escalation, principal-access, new-passrole, existing-passrole
 * @param rule the rule that finds the method's edges
 * @param family methods that reach the same target the same way; the analysis keeps one edge per
 *     source, target and family
 * @param permissions every action the source needs
 * @param resourceActions the actions that act on the existing resource (the others on a resource
 *     the attacker creates or names)
 * @param trustedServices for methods that hand a role to a service: service principals one of which
 *     the role must trust
 * @param passedToService the {@code iam:PassedToService} value of the method's iam:PassRole
 * @param roleProfile {@code required} (the role needs an instance profile), {@code absent}, {@code
 *     running} (the instance must be running) or {@code any}
 * @param existingResource the kind of resource that must already exist (e.g. {@code
 *     lambda:function}, {@code ec2:instance}), or null
 * @param precondition what must also hold that the snapshot cannot show, or null; an edge of the
 *     method is then always conditional
 * @param stepTemplates AWS CLI commands with placeholders: {source} {source_name} {target}
 *     {target_name} {account} {region} {resource} {resource_name} {instance_id} {via} {via_name}
 *     {policy} {group_name} {profile_name}
 */
public record EscalationMethod(
    String id,
    String name,
    String origin,
    String category,
    String rule,
    String family,
    List<String> permissions,
    List<String> resourceActions,
    List<String> trustedServices,
    String passedToService,
    String roleProfile,
    String existingResource,
    String precondition,
    String description,
    List<String> stepTemplates,
    String remediation) {

  public EscalationMethod {
    permissions = List.copyOf(permissions);
    resourceActions = List.copyOf(resourceActions);
    trustedServices = List.copyOf(trustedServices);
    stepTemplates = List.copyOf(stepTemplates);
  }

  public boolean needsExistingResource() {
    return existingResource != null;
  }

  /** The attacker's commands for this edge, with its real ARNs and names filled in. */
  public List<String> steps(AccessEdge edge) {
    return StepRenderer.render(this, edge);
  }
}
