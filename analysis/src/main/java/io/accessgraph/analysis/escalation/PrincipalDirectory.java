package io.accessgraph.analysis.escalation;

import io.accessgraph.model.Arn;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Looks up the ingested users and roles by the names trust policies use for them. */
final class PrincipalDirectory {
  private final Map<String, String> byArn = new HashMap<>();
  private final Map<String, String> byUniqueId = new HashMap<>();
  private final Map<String, String> roleByAccountAndName = new HashMap<>();
  private final Map<String, List<String>> byAccount = new HashMap<>();
  private final List<String> all = new ArrayList<>();

  PrincipalDirectory(Snapshot snapshot) {
    for (AccountSnapshot account : snapshot.accountList()) {
      List<String> inAccount =
          byAccount.computeIfAbsent(account.accountId(), a -> new ArrayList<>());
      for (User user : account.users()) {
        register(user.arn(), user.userId(), inAccount);
      }
      for (Role role : account.roles()) {
        register(role.arn(), role.roleId(), inAccount);
        roleByAccountAndName.put(account.accountId() + "/" + role.name(), role.arn());
      }
    }
  }

  private void register(String arn, String uniqueId, List<String> inAccount) {
    byArn.put(arn, arn);
    if (uniqueId != null) {
      byUniqueId.put(uniqueId, arn);
    }
    inAccount.add(arn);
    all.add(arn);
  }

  boolean hasAccount(String accountId) {
    return byAccount.containsKey(accountId);
  }

  List<String> inAccount(String accountId) {
    return byAccount.getOrDefault(accountId, List.of());
  }

  List<String> all() {
    return all;
  }

  /**
   * The ingested user or role a trust policy names: by ARN, by unique id (AIDA…/AROA…, what AWS
   * shows after the named entity was deleted and recreated), or an assumed-role session ARN.
   */
  Optional<String> resolve(String principal) {
    String direct = byArn.get(principal);
    if (direct != null) {
      return Optional.of(direct);
    }
    String byId = byUniqueId.get(principal);
    if (byId != null) {
      return Optional.of(byId);
    }
    Arn arn = Arn.tryParse(principal);
    if (arn != null && "sts".equals(arn.service()) && "assumed-role".equals(arn.resourceType())) {
      String[] parts = arn.resource().split("/");
      if (parts.length >= 2) {
        return Optional.ofNullable(roleByAccountAndName.get(arn.account() + "/" + parts[1]));
      }
    }
    return Optional.empty();
  }
}
