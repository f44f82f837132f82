package io.accessgraph.analysis.escalation.rules;

import io.accessgraph.analysis.escalation.catalog.MethodCatalog;
import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.EdgeKind;
import io.accessgraph.analysis.policy.PolicyEngine;
import io.accessgraph.model.Arn;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs every escalation rule over a snapshot, account by account and accounts in parallel (every
 * method acts inside one account: IAM has no resource policies, and roles are passed and resources
 * changed in their own account). Self-escalation runs first, then the rules whose targets are other
 * principals; see {@link AccountScope} for how reaching "admin of the account" settles the rest of
 * a principal's edges there.
 */
public final class EscalationRules {
  private static final List<Rule> RULES =
      List.of(
          new SelfPolicyRule(),
          new GroupJoinRule(),
          new CreateRoleRule(),
          new PrincipalPolicyRule(),
          new PassRoleRule(),
          new UserCredentialRule(),
          new RoleTakeoverRule(),
          new InstanceAccessRule(),
          new ExistingResourceRule());

  private final PolicyEngine engine;
  private final PolicyGrants grants;

  public EscalationRules(PolicyEngine engine) {
    this.engine = engine;
    Set<String> actions = new LinkedHashSet<>();
    MethodCatalog.all()
        .forEach(m -> m.permissions().forEach(a -> actions.add(a.toLowerCase(Locale.ROOT))));
    this.grants = new PolicyGrants(actions);
  }

  /**
   * The CAN_ESCALATE edges of every account, in account order.
   *
   * @param admins administrators (possibly under conditions) → the conditions of their verdict
   * @param assumeEdges the CAN_ASSUME edges already found: who leads out of its account, and who
   *     may assume which role of its own account
   */
  public List<AccessEdge> find(
      Snapshot snapshot, Map<String, List<String>> admins, List<AccessEdge> assumeEdges) {
    Set<String> gateways = new HashSet<>();
    Map<String, Set<String>> assumable = new HashMap<>();
    for (AccessEdge e : assumeEdges) {
      if (e.kind() != EdgeKind.CAN_ASSUME) {
        continue;
      }
      String from = accountOf(e.from());
      if (from != null && !from.equals(accountOf(e.to()))) {
        gateways.add(e.from());
      } else {
        assumable.computeIfAbsent(e.from(), k -> new HashSet<>()).add(e.to());
      }
    }
    List<List<AccessEdge>> perAccount =
        new ArrayList<>(snapshot.accountList())
            .parallelStream().map(a -> find(a, admins, gateways, assumable)).toList();
    List<AccessEdge> out = new ArrayList<>();
    perAccount.forEach(out::addAll);
    return out;
  }

  private List<AccessEdge> find(
      AccountSnapshot account,
      Map<String, List<String>> admins,
      Set<String> gateways,
      Map<String, Set<String>> assumable) {
    AccountView view = new AccountView(account);
    Set<String> regions = new HashSet<>();
    view.instances.all().forEach(i -> regions.add(i.region()));
    Map<String, List<String>> accountAdmins = new HashMap<>();
    view.users.all().forEach(u -> copy(admins, u.arn(), accountAdmins));
    view.roles.all().forEach(r -> copy(admins, r.arn(), accountAdmins));
    AccountScope scope =
        new AccountScope(
            view,
            new GrantIndex(account, grants),
            new Checker(engine, regions),
            accountAdmins,
            gateways,
            assumable);
    RULES.forEach(r -> r.apply(scope));
    scope.prune();
    return new ArrayList<>(scope.sink.edges());
  }

  private static void copy(
      Map<String, List<String>> from, String arn, Map<String, List<String>> to) {
    List<String> c = from.get(arn);
    if (c != null) {
      to.put(arn, c);
    }
  }

  private static String accountOf(String arn) {
    Arn parsed = Arn.tryParse(arn);
    return parsed == null ? null : parsed.account();
  }
}
