package io.accessgraph.analysis.graph;

import io.accessgraph.model.AccountIds;

/**
 * The keys of the nodes that are not AWS entities: "admin of account X" (a sink every admin of X
 * reaches, so "who can become admin of X" is one inbound query) and "any AWS principal" (the source
 * of wildcard trust).
 */
public final class WellKnownNodes {
  /** Prefix of the "admin of account" node keys: {@code accessgraph:account-admin:<accountId>}. */
  public static final String ACCOUNT_ADMIN_PREFIX = "accessgraph:account-admin:";

  /** Key of the node "any AWS principal" (kind ACCOUNT), source of edges from wildcard trust. */
  public static final String ANYONE = "*";

  private WellKnownNodes() {}

  /**
   * @throws IllegalArgumentException when the text is not a 12-digit account id
   */
  public static String accountAdmin(String accountId) {
    if (!AccountIds.isAccountId(accountId)) {
      throw new IllegalArgumentException(
          "account admin node: '" + accountId + "' is not a 12-digit account id");
    }
    return ACCOUNT_ADMIN_PREFIX + accountId;
  }

  public static boolean isAccountAdmin(String arn) {
    return arn != null && arn.startsWith(ACCOUNT_ADMIN_PREFIX);
  }

  /** The account of an "admin of account" key, or null for any other key. */
  public static String accountOfAdmin(String arn) {
    return isAccountAdmin(arn) ? arn.substring(ACCOUNT_ADMIN_PREFIX.length()) : null;
  }
}
