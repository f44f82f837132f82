package io.accessgraph.ingest.aws;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of one account.
 *
 * @param name the account's name in the organization, or null when unknown
 * @param reason why it is not OK (the failed calls with AWS's error code and message), or null
 */
public record AccountResult(
    String accountId,
    String name,
    AccountStatus status,
    String reason,
    EntityCounts counts,
    Duration elapsed) {
  public AccountResult {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** True when some data of the account was written. */
  public boolean collected() {
    return status != AccountStatus.FAILED;
  }
}
