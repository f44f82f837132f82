package io.accessgraph.ingest.aws;

/** The outcome of collecting one account. */
public enum AccountStatus {
  /** Everything asked for was collected. */
  OK,
  /** Some data was written, some calls failed (see the reason). */
  PARTIAL,
  /** Nothing was written for the account (assume-role denied, IAM denied, ...). */
  FAILED
}
