package io.accessgraph.ingest.aws.iam;

import io.accessgraph.ingest.aws.json.SdkJson;
import io.accessgraph.ingest.aws.json.SnapshotFiles;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.CredentialReportNotReadyException;
import software.amazon.awssdk.services.iam.model.GetCredentialReportResponse;
import software.amazon.awssdk.services.iam.model.ReportStateType;

/**
 * The credential report: the cheapest way to learn MFA, console passwords and access-key last use
 * for every user (one call instead of four per user). IAM builds it asynchronously, so this asks
 * for it and polls with growing pauses.
 */
public final class CredentialReport {
  private final IamClient iam;
  private final Duration maxWait;

  public CredentialReport(IamClient iam, Duration maxWait) {
    this.iam = iam;
    this.maxWait = maxWait;
  }

  /** Writes {@code <account>-credential-report.json} as {@code aws iam get-credential-report}. */
  public void collect(String accountId, SnapshotFiles out) {
    long deadline = System.nanoTime() + maxWait.toNanos();
    long pauseMillis = 500;
    while (true) {
      ReportStateType state = iam.generateCredentialReport(r -> {}).state();
      if (state == ReportStateType.COMPLETE) {
        try {
          GetCredentialReportResponse report = iam.getCredentialReport(r -> {});
          out.write(accountId + "-credential-report.json", SdkJson.plain().object(report));
          return;
        } catch (CredentialReportNotReadyException e) {
          // generated between our two calls by someone else and still building: wait as usual
        }
      }
      if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pauseMillis) > deadline) {
        throw new IllegalStateException(
            "credential report not ready after " + maxWait.toSeconds() + "s (state " + state + ")");
      }
      sleep(pauseMillis);
      pauseMillis = Math.min(pauseMillis * 2, 8_000);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the credential report", e);
    }
  }
}
