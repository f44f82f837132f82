package io.accessgraph.ingest.aws;

/**
 * Hears how a collection run goes. Called from the collecting threads: implementations must be
 * thread-safe.
 */
public interface CollectProgress {
  /** The accounts to collect are known. */
  default void started(int totalAccounts) {}

  /** An account entered a phase ("assume-role", "iam", "ec2 eu-west-1", ...). */
  void accountStarted(String accountId, String phase);

  void accountFinished(AccountResult result);

  /** Something worth telling that is not an account's result (organization fallback, ...). */
  default void note(String message) {}

  default void finished(CollectResult result) {}

  /** Hears nothing. */
  static CollectProgress none() {
    return new CollectProgress() {
      @Override
      public void accountStarted(String accountId, String phase) {}

      @Override
      public void accountFinished(AccountResult result) {}
    };
  }

  /**
   * A progress bar on standard error when a person watches a terminal, plain log lines otherwise.
   *
   * @param totalAccounts the expected number of accounts, 0 when not yet known ({@link
   *     #started(int)} sets it)
   */
  static CollectProgress terminalOrLog(int totalAccounts) {
    return System.console() != null
        ? new TerminalProgress(System.err, totalAccounts, System::nanoTime)
        : new LogProgress(System.err, totalAccounts);
  }
}
