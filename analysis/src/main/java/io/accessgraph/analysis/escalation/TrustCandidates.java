package io.accessgraph.analysis.escalation;

import io.accessgraph.model.AccountIds;
import io.accessgraph.model.Arn;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.policy.PrincipalBlock;
import io.accessgraph.model.policy.Statement;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The callers worth asking the policy engine about for one role: exactly those its trust policy
 * names. An account (root ARN or id) expands to that account's principals when it is ingested and
 * to one external-account node when it is not; "*" expands to every ingested principal.
 */
final class TrustCandidates {
  private final PrincipalDirectory directory;
  private final NodeCatalog nodes;

  TrustCandidates(PrincipalDirectory directory, NodeCatalog nodes) {
    this.directory = directory;
    this.nodes = nodes;
  }

  Set<String> of(Role role) {
    Set<String> callers = new LinkedHashSet<>();
    for (Statement statement : role.trustPolicy().statements()) {
      if (!statement.isAllow()) {
        continue;
      }
      if (statement.principal() == null) {
        if (statement.notPrincipal() != null) {
          callers.addAll(directory.all());
        }
        continue;
      }
      for (String aws : statement.principal().values(PrincipalBlock.AWS)) {
        addAwsPrincipal(aws, callers);
      }
      for (String federated : statement.principal().values(PrincipalBlock.FEDERATED)) {
        if (Arn.tryParse(federated) != null) {
          callers.add(nodes.federatedProvider(federated));
        }
      }
    }
    callers.remove(role.arn());
    return callers;
  }

  /** True when an Allow statement of the trust policy names any AWS principal ("*"). */
  static boolean trustsAnyone(Role role) {
    if (role.trustPolicy() == null) {
      return false;
    }
    for (Statement statement : role.trustPolicy().statements()) {
      if (statement.isAllow()
          && statement.principal() != null
          && statement.principal().values(PrincipalBlock.AWS).contains("*")) {
        return true;
      }
    }
    return false;
  }

  private void addAwsPrincipal(String aws, Set<String> callers) {
    if ("*".equals(aws)) {
      callers.addAll(directory.all());
      return;
    }
    String account = accountOf(aws);
    if (account != null) {
      if (directory.hasAccount(account)) {
        callers.addAll(directory.inAccount(account));
      } else {
        callers.add(nodes.externalAccount(account));
      }
      return;
    }
    var known = directory.resolve(aws);
    if (known.isPresent()) {
      callers.add(known.get());
      return;
    }
    Arn arn = Arn.tryParse(aws);
    if (arn != null
        && !directory.hasAccount(arn.account())
        && AccountIds.isAccountId(arn.account())) {
      callers.add(nodes.externalPrincipal(arn));
    }
  }

  /** The account id when the principal names a whole account, else null. */
  private static String accountOf(String aws) {
    if (AccountIds.isAccountId(aws)) {
      return aws;
    }
    Arn arn = Arn.tryParse(aws);
    return arn != null && arn.isAccountRoot() ? arn.account() : null;
  }
}
