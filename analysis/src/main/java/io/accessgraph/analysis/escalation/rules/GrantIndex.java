package io.accessgraph.analysis.escalation.rules;

import io.accessgraph.analysis.escalation.rules.PolicyGrants.Held;
import io.accessgraph.model.iam.Group;
import io.accessgraph.model.iam.InlinePolicy;
import io.accessgraph.model.iam.ManagedPolicy;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.snapshot.AccountSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One account's principals by the method actions they may hold: {@code action → principals}. A
 * method's candidate sources are the principals in the shortest of its actions' lists that also
 * hold the others, so no rule ever looks at a principal that lacks one of its actions. "May hold"
 * ignores conditions, partial Denies and SCPs: the engine decides those for each edge.
 */
final class GrantIndex {
  private final Map<String, List<Grants>> byAction = new HashMap<>();
  private final Map<String, Grants> byArn = new HashMap<>();
  private final Map<String, ManagedPolicy> policies = new HashMap<>();
  private final PolicyGrants grants;

  /** Service-linked roles are left out: only their service can use them. */
  GrantIndex(AccountSnapshot account, PolicyGrants grants) {
    this.grants = grants;
    account.policies().forEach(p -> policies.put(p.arn(), p));
    Map<String, Held> groupGrants = new HashMap<>();
    for (Group g : account.groups()) {
      List<Held> parts = new ArrayList<>();
      collect(g.arn(), g.inlinePolicies(), g.attachedPolicyArns(), parts);
      groupGrants.put(g.name(), parts.isEmpty() ? Held.NONE : PolicyGrants.merge(parts));
    }
    for (User u : account.users()) {
      List<Held> parts = new ArrayList<>();
      collect(u.arn(), u.inlinePolicies(), u.attachedPolicyArns(), parts);
      for (String group : u.groupNames()) {
        Held g = groupGrants.get(group);
        if (g != null) {
          parts.add(g);
        }
      }
      Map<String, List<String>> held =
          PolicyGrants.effective(parts, boundary(u.permissionsBoundaryArn()));
      add(new Grants(u, null, account.accountId(), held));
    }
    for (Role r : account.roles()) {
      if (r.serviceLinked()) {
        continue;
      }
      List<Held> parts = new ArrayList<>();
      collect(r.arn(), r.inlinePolicies(), r.attachedPolicyArns(), parts);
      Map<String, List<String>> held =
          PolicyGrants.effective(parts, boundary(r.permissionsBoundaryArn()));
      add(new Grants(null, r, account.accountId(), held));
    }
  }

  /** The boundary's holdings; null when there is none (or it is not in the snapshot). */
  private Held boundary(String arn) {
    if (arn == null || arn.isBlank()) {
      return null;
    }
    ManagedPolicy p = policies.get(arn);
    return p == null ? null : grants.managed(arn, p.document());
  }

  private void collect(
      String owner, List<InlinePolicy> inline, List<String> attached, List<Held> into) {
    for (InlinePolicy p : inline) {
      into.add(grants.of(owner + "#inline:" + p.name(), p.document()));
    }
    for (String arn : attached) {
      ManagedPolicy p = policies.get(arn);
      if (p != null) {
        into.add(grants.managed(arn, p.document()));
      }
    }
  }

  private void add(Grants g) {
    byArn.put(g.arn, g);
    for (String action : g.actionSet()) {
      byAction.computeIfAbsent(action, k -> new ArrayList<>()).add(g);
    }
  }

  Grants of(String arn) {
    return byArn.get(arn);
  }

  /** Principals that may hold every one of the (lower-case) actions. */
  List<Grants> holders(List<String> lowerActions) {
    List<Grants> shortest = null;
    for (String a : lowerActions) {
      List<Grants> list = byAction.getOrDefault(a, List.of());
      if (shortest == null || list.size() < shortest.size()) {
        shortest = list;
      }
    }
    if (shortest == null || shortest.isEmpty()) {
      return List.of();
    }
    List<Grants> out = new ArrayList<>();
    for (Grants g : shortest) {
      boolean all = true;
      for (String a : lowerActions) {
        all &= g.holds(a);
      }
      if (all) {
        out.add(g);
      }
    }
    return out;
  }
}
