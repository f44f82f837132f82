package io.accessgraph.store.snapshot;

import io.accessgraph.model.AccountIds;
import io.accessgraph.model.Arn;
import io.accessgraph.model.policy.PrincipalBlock;
import io.accessgraph.store.schema.NodeLabel;
import java.util.Map;

/**
 * Which node a principal named in a trust policy is: an account (root ARN or bare id), a user, a
 * role, an assumed-role session, anyone ({@code *}), a service, a federated provider, or a
 * principal AWS only shows by id.
 */
record PrincipalRef(NodeLabel label, String key, String accountId, String name) {

  static PrincipalRef of(String type, String value) {
    if (PrincipalBlock.SERVICE.equals(type)) {
      return new PrincipalRef(NodeLabel.SERVICE_PRINCIPAL, value, null, value);
    }
    if (PrincipalBlock.FEDERATED.equals(type)) {
      Arn arn = Arn.tryParse(value);
      return new PrincipalRef(
          NodeLabel.FEDERATED_PRINCIPAL,
          value,
          arn == null ? null : arn.account(),
          arn == null ? value : arn.resourceName());
    }
    if (!PrincipalBlock.AWS.equals(type)) {
      return new PrincipalRef(NodeLabel.UNKNOWN_PRINCIPAL, value, null, value);
    }
    if ("*".equals(value)) {
      return new PrincipalRef(NodeLabel.ANY_PRINCIPAL, "*", null, "*");
    }
    if (AccountIds.isAccountId(value)) {
      return account(value);
    }
    Arn arn = Arn.tryParse(value);
    if (arn == null) {
      return new PrincipalRef(NodeLabel.UNKNOWN_PRINCIPAL, value, null, value);
    }
    if (arn.isAccountRoot() && AccountIds.isAccountId(arn.account())) {
      return account(arn.account());
    }
    NodeLabel label =
        switch (arn.service() + ":" + arn.resourceType()) {
          case "iam:user" -> NodeLabel.USER;
          case "iam:role" -> NodeLabel.ROLE;
          case "sts:assumed-role" -> NodeLabel.ASSUMED_ROLE_SESSION;
          default -> NodeLabel.UNKNOWN_PRINCIPAL;
        };
    return new PrincipalRef(label, value, emptyToNull(arn.account()), arn.resourceName());
  }

  /** Accounts are keyed by their root ARN, however the policy spelled them. */
  static PrincipalRef account(String accountId) {
    return new PrincipalRef(NodeLabel.ACCOUNT, AccountIds.rootArn(accountId), accountId, null);
  }

  GraphRows.End end() {
    Map<String, Object> stub = GraphRows.props("accountId", accountId);
    if (name != null) {
      stub.put("name", name);
    }
    return new GraphRows.End(label, key, stub);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
