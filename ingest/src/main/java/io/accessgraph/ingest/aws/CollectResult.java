package io.accessgraph.ingest.aws;

import java.util.List;
import java.util.Locale;

/** The outcome of a run: one result per account, in collection order. */
public record CollectResult(List<AccountResult> accounts) {
  public CollectResult {
    accounts = List.copyOf(accounts);
  }

  /** 0 when every account was collected fully, 2 when some were, 1 when nothing was. */
  public int exitCode() {
    if (accounts.stream().noneMatch(AccountResult::collected)) {
      return 1;
    }
    return accounts.stream().allMatch(a -> a.status() == AccountStatus.OK) ? 0 : 2;
  }

  /** A fixed-width table for people: status, entity counts and time per account. */
  public String summaryTable() {
    String format = "%-12s  %-20s  %-7s  %5s  %5s  %6s  %8s  %9s  %9s  %7s  %s%n";
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            format,
            "ACCOUNT",
            "NAME",
            "STATUS",
            "USERS",
            "ROLES",
            "GROUPS",
            "POLICIES",
            "INSTANCES",
            "RESOURCES",
            "TIME",
            "REASON"));
    for (AccountResult r : accounts) {
      EntityCounts c = r.counts();
      sb.append(
          String.format(
              Locale.ROOT,
              format,
              r.accountId(),
              cut(r.name() == null ? "" : r.name(), 20),
              r.status(),
              c.users(),
              c.roles(),
              c.groups(),
              c.policies(),
              c.instances(),
              c.resources(),
              ProgressText.seconds(r.elapsed()),
              r.reason() == null ? "" : cut(r.reason(), 160)));
    }
    long ok = accounts.stream().filter(a -> a.status() == AccountStatus.OK).count();
    long partial = accounts.stream().filter(a -> a.status() == AccountStatus.PARTIAL).count();
    sb.append(
        String.format(
            Locale.ROOT,
            "%d account(s): %d OK, %d PARTIAL, %d FAILED%n",
            accounts.size(),
            ok,
            partial,
            accounts.size() - ok - partial));
    return sb.toString();
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
