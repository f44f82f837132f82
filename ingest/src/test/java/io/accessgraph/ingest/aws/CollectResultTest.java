package io.accessgraph.ingest.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CollectResultTest {
  private static AccountResult result(String id, AccountStatus status) {
    return new AccountResult(
        id,
        "acct-" + id,
        status,
        status == AccountStatus.OK ? null : "cannot assume role: AccessDenied",
        new EntityCounts(1, 2, 3, 4, 5, 6, 7),
        Duration.ofMillis(1500));
  }

  @Test
  void exitCodeIsZeroForAllTwoForSomeOneForNothing() {
    assertThat(new CollectResult(List.of(result("1", AccountStatus.OK))).exitCode()).isZero();
    assertThat(
            new CollectResult(
                    List.of(result("1", AccountStatus.OK), result("2", AccountStatus.FAILED)))
                .exitCode())
        .isEqualTo(2);
    assertThat(new CollectResult(List.of(result("1", AccountStatus.PARTIAL))).exitCode())
        .isEqualTo(2);
    assertThat(new CollectResult(List.of(result("1", AccountStatus.FAILED))).exitCode())
        .isEqualTo(1);
    assertThat(new CollectResult(List.of()).exitCode()).isEqualTo(1);
  }

  @Test
  void summaryTableHasOneRowPerAccountAndTotals() {
    String table =
        new CollectResult(
                List.of(
                    result("111111111111", AccountStatus.OK),
                    result("777777777777", AccountStatus.FAILED)))
            .summaryTable();
    List<String> lines = table.lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("ACCOUNT").contains("STATUS").contains("INSTANCES");
    assertThat(lines.get(1)).startsWith("111111111111").contains(" OK ").contains("1.5s");
    assertThat(lines.get(2)).contains("FAILED").endsWith("cannot assume role: AccessDenied");
    assertThat(lines.get(3)).isEqualTo("2 account(s): 1 OK, 0 PARTIAL, 1 FAILED");
  }

  @Test
  void etaExtrapolatesTheMeanTimePerAccount() {
    long tenSeconds = Duration.ofSeconds(10).toNanos();
    assertThat(ProgressText.eta(tenSeconds, 0, 4)).isEqualTo("?");
    assertThat(ProgressText.eta(tenSeconds, 2, 4)).isEqualTo("10s");
    assertThat(ProgressText.eta(tenSeconds, 1, 13)).isEqualTo("2m 00s");
    assertThat(ProgressText.eta(tenSeconds, 4, 4)).isEqualTo("0s");
  }

  @Test
  void terminalBarShowsDoneOfTotalPhaseAndEta() {
    AtomicLong now = new AtomicLong();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TerminalProgress bar =
        new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 0, now::get);
    bar.started(4);
    bar.accountStarted("555555555555", "ec2 us-east-1");
    now.set(Duration.ofSeconds(6).toNanos());
    bar.accountFinished(result("444444444444", AccountStatus.OK));

    assertThat(bar.bar())
        .isEqualTo("[######------------------] 1/4 accounts  555555555555: ec2 us-east-1  ETA 18s");
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("444444444444 OK in 1.5s");
  }

  @Test
  void logProgressWritesOneLinePerEvent() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LogProgress log = new LogProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 0);
    log.started(2);
    log.accountStarted("555555555555", "iam");
    log.accountFinished(result("555555555555", AccountStatus.PARTIAL));

    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "collect: 2 account(s) to collect",
            "collect: 555555555555 iam",
            "collect: 555555555555 PARTIAL in 1.5s (1 users, 3 roles, 4 policies, 6 instances, 7"
                + " resources): cannot assume role: AccessDenied [1/2]");
  }
}
