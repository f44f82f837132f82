package io.accessgraph.ingest.aws;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar redrawn in place: accounts done of total, what the latest busy account is
 * doing, and an ETA from the mean time per finished account. Finished accounts scroll above it.
 */
final class TerminalProgress implements CollectProgress {
  private static final int WIDTH = 24;

  private final PrintStream out;
  private final LongSupplier clock;
  private final long start;
  private final Map<String, String> busy = new LinkedHashMap<>();
  private int total;
  private int done;
  private int lastLength;

  TerminalProgress(PrintStream out, int total, LongSupplier clock) {
    this.out = out;
    this.total = total;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  @Override
  public synchronized void started(int totalAccounts) {
    total = totalAccounts;
    draw();
  }

  @Override
  public synchronized void accountStarted(String accountId, String phase) {
    busy.remove(accountId);
    busy.put(accountId, phase);
    draw();
  }

  @Override
  public synchronized void accountFinished(AccountResult r) {
    busy.remove(r.accountId());
    done++;
    clear();
    out.println(ProgressText.resultLine(r));
    draw();
  }

  @Override
  public synchronized void note(String message) {
    clear();
    out.println(message);
    draw();
  }

  @Override
  public synchronized void finished(CollectResult result) {
    clear();
    out.flush();
  }

  /** The bar as drawn now (without carriage return). */
  synchronized String bar() {
    int filled = total == 0 ? 0 : Math.min(WIDTH, done * WIDTH / total);
    StringBuilder sb = new StringBuilder("[");
    sb.append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ");
    sb.append(done).append('/').append(total == 0 ? "?" : String.valueOf(total));
    sb.append(" accounts");
    String latest = null;
    for (Map.Entry<String, String> e : busy.entrySet()) {
      latest = e.getKey() + ": " + e.getValue();
    }
    if (latest != null) {
      sb.append("  ").append(latest);
    }
    sb.append("  ETA ").append(ProgressText.eta(clock.getAsLong() - start, done, total));
    return sb.toString();
  }

  private void draw() {
    String line = bar();
    out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
    out.flush();
    lastLength = line.length();
  }

  private void clear() {
    out.print("\r" + " ".repeat(lastLength) + "\r");
    lastLength = 0;
  }
}
