package io.accessgraph.ingest.aws;

import java.io.PrintStream;

/** One line per event, for logs and pipes. */
final class LogProgress implements CollectProgress {
  private final PrintStream out;
  private int total;
  private int done;

  LogProgress(PrintStream out, int total) {
    this.out = out;
    this.total = total;
  }

  @Override
  public synchronized void started(int totalAccounts) {
    total = totalAccounts;
    out.println("collect: " + totalAccounts + " account(s) to collect");
  }

  @Override
  public synchronized void accountStarted(String accountId, String phase) {
    out.println("collect: " + accountId + " " + phase);
  }

  @Override
  public synchronized void accountFinished(AccountResult r) {
    done++;
    out.println("collect: " + ProgressText.resultLine(r) + " [" + done + "/" + total + "]");
  }

  @Override
  public synchronized void note(String message) {
    out.println("collect: " + message);
  }

  @Override
  public synchronized void finished(CollectResult result) {
    out.println("collect: done, exit code " + result.exitCode());
  }
}
