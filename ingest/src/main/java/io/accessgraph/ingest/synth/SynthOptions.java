package io.accessgraph.ingest.synth;

/**
 * What to generate: {@code accounts} accounts of exactly {@code principalsPerAccount} IAM users and
 * roles each; the same options always give the same bytes.
 *
 * @param accounts at least 3: the management account, the shared-services account that CI runs
 *     from, and one workload account to plant escalation paths into
 * @param principalsPerAccount at least 20, so every account has room for its fixed roles (SSO,
 *     pipeline, planted) next to the random mix
 * @param seed any value; it chooses every name, id, date and random choice
 */
public record SynthOptions(int accounts, int principalsPerAccount, long seed) {
  public static final int MIN_ACCOUNTS = 3;
  public static final int MAX_ACCOUNTS = 10_000;
  public static final int MIN_PRINCIPALS = 20;
  public static final int MAX_PRINCIPALS = 10_000;

  public SynthOptions {
    if (accounts < MIN_ACCOUNTS || accounts > MAX_ACCOUNTS) {
      throw new IllegalArgumentException(
          "accounts must be between "
              + MIN_ACCOUNTS
              + " and "
              + MAX_ACCOUNTS
              + " (the management account, the shared-services account and at least one"
              + " workload account), got "
              + accounts);
    }
    if (principalsPerAccount < MIN_PRINCIPALS || principalsPerAccount > MAX_PRINCIPALS) {
      throw new IllegalArgumentException(
          "principalsPerAccount must be between "
              + MIN_PRINCIPALS
              + " and "
              + MAX_PRINCIPALS
              + " (each account needs room for its SSO, pipeline and planted roles), got "
              + principalsPerAccount);
    }
  }
}
