package io.accessgraph.api.query;

import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.NodeKind;
import io.accessgraph.api.view.AccountCounts;
import io.accessgraph.api.view.AccountView;
import io.accessgraph.api.view.OrgUnitView;
import io.accessgraph.api.view.OrganizationView;
import io.accessgraph.model.org.OrgAccount;
import io.accessgraph.model.org.OrgRoot;
import io.accessgraph.model.org.OrgUnit;
import io.accessgraph.model.org.Organization;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The OU tree with accounts and their counts: principals, admins, escalations, findings. */
final class OrganizationTree {
  private OrganizationTree() {}

  static OrganizationView build(
      Snapshot snapshot,
      AccessGraph graph,
      Map<String, Integer> escalationsByAccount,
      Map<String, Integer> findingsByAccount) {
    Map<String, Integer> admins = new HashMap<>();
    for (AccessNode node : graph.nodes()) {
      if (node.admin() && node.kind() != NodeKind.ACCOUNT_ADMIN && node.accountId() != null) {
        admins.merge(node.accountId(), 1, Integer::sum);
      }
    }
    Counter counter =
        account -> {
          int principals = snapshot.account(account).map(AccountSnapshot::principalCount).orElse(0);
          return new AccountCounts(
              principals,
              admins.getOrDefault(account, 0),
              escalationsByAccount.getOrDefault(account, 0),
              findingsByAccount.getOrDefault(account, 0));
        };
    Set<String> members = new HashSet<>();
    List<OrgUnitView> roots = new ArrayList<>();
    String id = null;
    String management = null;
    if (snapshot.organization().isPresent()) {
      Organization org = snapshot.organization().get();
      id = org.id();
      management = org.managementAccountId();
      org.accounts().forEach(a -> members.add(a.id()));
      for (OrgRoot root : org.roots()) {
        roots.add(unit(org, root.id(), root.name(), counter, 0));
      }
    }
    List<AccountView> standalone = new ArrayList<>();
    for (AccountSnapshot account : snapshot.accountList()) {
      if (!members.contains(account.accountId())) {
        standalone.add(
            new AccountView(account.accountId(), null, null, counter.counts(account.accountId())));
      }
    }
    return new OrganizationView(id, management, roots, standalone);
  }

  private static OrgUnitView unit(
      Organization org, String id, String name, Counter counter, int depth) {
    List<OrgUnitView> units = new ArrayList<>();
    if (depth < 16) {
      for (OrgUnit u : org.units()) {
        if (id.equals(u.parentId())) {
          units.add(unit(org, u.id(), u.name(), counter, depth + 1));
        }
      }
    }
    List<AccountView> accounts = new ArrayList<>();
    for (OrgAccount a : org.accounts()) {
      if (id.equals(a.parentId())) {
        accounts.add(new AccountView(a.id(), a.name(), a.status(), counter.counts(a.id())));
      }
    }
    return new OrgUnitView(id, name, units, accounts);
  }

  /**
   * The member accounts under an OU or root, at any depth.
   *
   * @throws UnknownKeyException when the organization has no such OU or root
   */
  static Set<String> accountsUnder(Snapshot snapshot, String unit) {
    Organization org =
        snapshot
            .organization()
            .orElseThrow(() -> new UnknownKeyException(unit, "no organization was ingested"));
    boolean known =
        org.units().stream().anyMatch(u -> u.id().equals(unit))
            || org.roots().stream().anyMatch(r -> r.id().equals(unit));
    if (!known) {
      throw new UnknownKeyException(
          unit, "no organizational unit or root " + unit + " in the organization");
    }
    Set<String> out = new HashSet<>();
    for (OrgAccount a : org.accounts()) {
      if (org.pathTo(a.id()).contains(unit)) {
        out.add(a.id());
      }
    }
    return out;
  }

  private interface Counter {
    AccountCounts counts(String account);
  }
}
