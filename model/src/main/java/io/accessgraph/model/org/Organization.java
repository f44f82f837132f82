package io.accessgraph.model.org;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The organization tree and its policies. */
public record Organization(
    String id,
    String arn,
    String managementAccountId,
    List<OrgRoot> roots,
    List<OrgUnit> units,
    List<OrgAccount> accounts,
    List<OrgPolicy> policies) {

  public Organization {
    roots = List.copyOf(roots);
    units = List.copyOf(units);
    accounts = List.copyOf(accounts);
    policies = List.copyOf(policies);
  }

  public Optional<OrgAccount> account(String accountId) {
    return accounts.stream().filter(a -> a.id().equals(accountId)).findFirst();
  }

  /**
   * The ids from the root down to the account itself (root, OUs in order, account). Empty when the
   * account is not a member.
   */
  public List<String> pathTo(String accountId) {
    Map<String, String> parent = new HashMap<>();
    units.forEach(u -> parent.put(u.id(), u.parentId()));
    accounts.forEach(a -> parent.put(a.id(), a.parentId()));
    if (!parent.containsKey(accountId)) {
      return List.of();
    }
    List<String> path = new ArrayList<>();
    String at = accountId;
    while (at != null && path.size() < 32) {
      path.add(at);
      at = parent.get(at);
    }
    Collections.reverse(path);
    return path;
  }

  /** The AWS {@code aws:PrincipalOrgPaths} form: {@code o-xxx/r-xxx/ou-xxx/}. */
  public String orgPath(String accountId) {
    StringBuilder sb = new StringBuilder(id).append('/');
    for (String step : pathTo(accountId)) {
      if (!step.equals(accountId)) {
        sb.append(step).append('/');
      }
    }
    return sb.toString();
  }
}
