package io.accessgraph.ingest.aws;

import java.time.Duration;

/** Wording shared by the progress bar, the log lines and the summary table. */
final class ProgressText {
  private ProgressText() {}

  static String resultLine(AccountResult r) {
    EntityCounts c = r.counts();
    String line =
        r.accountId()
            + " "
            + r.status()
            + " in "
            + seconds(r.elapsed())
            + " ("
            + c.users()
            + " users, "
            + c.roles()
            + " roles, "
            + c.policies()
            + " policies, "
            + c.instances()
            + " instances, "
            + c.resources()
            + " resources)";
    return r.reason() == null ? line : line + ": " + r.reason();
  }

  static String seconds(Duration d) {
    return String.format(java.util.Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
  }

  /** "1m 05s", "42s", or "?" before anything finished. */
  static String eta(long elapsedNanos, int done, int total) {
    if (done <= 0 || total <= done) {
      return done <= 0 ? "?" : "0s";
    }
    long remaining = elapsedNanos / done * (total - done);
    long s = Duration.ofNanos(remaining).toSeconds();
    return s >= 60 ? String.format(java.util.Locale.ROOT, "%dm %02ds", s / 60, s % 60) : s + "s";
  }
}
