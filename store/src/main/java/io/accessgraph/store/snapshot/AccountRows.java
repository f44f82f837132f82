package io.accessgraph.store.snapshot;

import static io.accessgraph.store.snapshot.GraphRows.props;

import io.accessgraph.model.AccountIds;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.store.schema.NodeLabel;

/** Pure transform: everything one account snapshot writes. */
final class AccountRows {
  private AccountRows() {}

  static GraphRows of(AccountSnapshot snapshot) {
    String accountId = snapshot.accountId();
    if (!AccountIds.isAccountId(accountId)) {
      throw new IllegalArgumentException(
          "account id '" + accountId + "' is not a 12-digit AWS account id");
    }
    GraphRows rows = new GraphRows();
    // the account node is shared with the organization and with trust policies naming it
    rows.node(
        NodeLabel.ACCOUNT,
        false,
        AccountIds.rootArn(accountId),
        props("accountId", accountId, "ingested", true));
    new IamRows(accountId, rows).add(snapshot);
    new ComputeRows(accountId, rows).add(snapshot);
    return rows;
  }
}
