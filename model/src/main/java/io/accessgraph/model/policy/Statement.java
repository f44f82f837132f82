package io.accessgraph.model.policy;

import java.util.List;

/**
 * One statement of a policy document. Of each pair (Action/NotAction, Resource/NotResource,
 * Principal/NotPrincipal) at most one is non-null; a null list means the element is absent.
 *
 * @param index the statement's position in its document, 0-based, for evidence
 */
public record Statement(
    int index,
    String sid,
    Effect effect,
    PrincipalBlock principal,
    PrincipalBlock notPrincipal,
    List<String> actions,
    List<String> notActions,
    List<String> resources,
    List<String> notResources,
    List<Condition> conditions) {

  public Statement {
    actions = actions == null ? null : List.copyOf(actions);
    notActions = notActions == null ? null : List.copyOf(notActions);
    resources = resources == null ? null : List.copyOf(resources);
    notResources = notResources == null ? null : List.copyOf(notResources);
    conditions = conditions == null ? List.of() : List.copyOf(conditions);
  }

  public boolean isAllow() {
    return effect == Effect.ALLOW;
  }

  public boolean isDeny() {
    return effect == Effect.DENY;
  }
}
