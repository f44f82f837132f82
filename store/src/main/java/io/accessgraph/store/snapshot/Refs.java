package io.accessgraph.store.snapshot;

import io.accessgraph.model.AccountIds;
import io.accessgraph.model.Arn;
import io.accessgraph.store.schema.NodeLabel;
import java.util.Map;

/** Relationship ends by ARN, with the stub a referenced-but-unknown node starts with. */
final class Refs {
  private Refs() {}

  /** An entity the writer itself writes in the same transaction. */
  static GraphRows.End written(NodeLabel label, String key) {
    return new GraphRows.End(label, key, Map.of());
  }

  /** An entity that may be absent from the data (an attached policy, a trusted role, ...). */
  static GraphRows.End byArn(NodeLabel label, String arn) {
    Arn parsed = Arn.tryParse(arn);
    Map<String, Object> stub = GraphRows.props();
    if (parsed != null) {
      if (AccountIds.isAccountId(parsed.account())) {
        stub.put("accountId", parsed.account());
      }
      stub.put("name", parsed.resourceName());
    }
    return new GraphRows.End(label, arn, stub);
  }

  static GraphRows.End account(String accountId) {
    return new GraphRows.End(
        NodeLabel.ACCOUNT, AccountIds.rootArn(accountId), Map.of("accountId", accountId));
  }

  /** The id of an inline policy: the same id the policy engine uses in its evidence. */
  static String inlinePolicyId(String ownerArn, String policyName) {
    return ownerArn + "#inline:" + policyName;
  }
}
