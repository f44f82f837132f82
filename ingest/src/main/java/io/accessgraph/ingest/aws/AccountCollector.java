package io.accessgraph.ingest.aws;

import io.accessgraph.ingest.aws.client.AccountSession;
import io.accessgraph.ingest.aws.client.AwsClientFactory;
import io.accessgraph.ingest.aws.iam.CredentialReport;
import io.accessgraph.ingest.aws.iam.IamCollector;
import io.accessgraph.ingest.aws.iam.IamSummary;
import io.accessgraph.ingest.aws.json.SnapshotFiles;
import io.accessgraph.ingest.aws.regional.EnabledRegions;
import io.accessgraph.ingest.aws.regional.RegionalCollector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * Collects one account: IAM first (without it the account is of little use), then every region.
 * Each step that fails is recorded and the next one still runs; nothing here throws.
 */
final class AccountCollector {
  private final CollectOptions options;
  private final AwsClientFactory clients;
  private final AccountCredentials credentials;
  private final Region home;
  private final SnapshotFiles out;
  private final List<RegionalCollector> regionals;
  private final CollectProgress progress;

  AccountCollector(
      CollectOptions options,
      AwsClientFactory clients,
      AccountCredentials credentials,
      Region home,
      SnapshotFiles out,
      List<RegionalCollector> regionals,
      CollectProgress progress) {
    this.options = options;
    this.clients = clients;
    this.credentials = credentials;
    this.home = home;
    this.out = out;
    this.regionals = regionals;
    this.progress = progress;
  }

  AccountResult collect(String accountId, String name) {
    long start = System.nanoTime();
    Run run = new Run(accountId);
    try {
      progress.accountStarted(accountId, "assume-role");
      try (AccountCredentials.Lease lease = credentials.forAccount(accountId)) {
        collect(new AccountSession(accountId, lease.provider(), home, clients), run);
      } catch (AccountCredentials.AssumeRoleFailed e) {
        run.fail(e.getMessage());
      }
    } catch (RuntimeException e) {
      run.fail("unexpected error: " + Errors.describe(e));
    }
    AccountResult result = run.result(name, Duration.ofNanos(System.nanoTime() - start));
    progress.accountFinished(result);
    return result;
  }

  private void collect(AccountSession session, Run run) {
    String id = session.accountId();
    try (IamClient iam = session.global(IamClient.builder())) {
      IamCollector collector = new IamCollector(iam, id, out);
      progress.accountStarted(id, "iam");
      IamSummary summary = run.step("iam authorization details", collector::authorizationDetails);
      if (summary != null) {
        run.iam = summary;
        progress.accountStarted(id, "access keys");
        run.accessKeys =
            run.step("iam access keys", () -> collector.accessKeys(summary.userNames()));
      }
      progress.accountStarted(id, "credential report");
      run.step(
          "iam credential report",
          () -> {
            new CredentialReport(iam, options.apiTimeout()).collect(id, out);
            return true;
          });
      progress.accountStarted(id, "identity providers");
      run.step("iam identity providers", collector::identityProviders);
    }
    if (regionals.isEmpty()) {
      return;
    }
    progress.accountStarted(id, "regions");
    List<Region> regions =
        options.regions().isEmpty()
            ? run.read("ec2 describe-regions", () -> EnabledRegions.of(session))
            : options.regions().stream().map(Region::of).toList();
    if (regions == null) {
      return;
    }
    for (Region region : regions) {
      for (RegionalCollector regional : regionals) {
        progress.accountStarted(id, regional.service() + " " + region.id());
        Integer count =
            run.step(
                regional.service() + " " + region.id(),
                () -> regional.collect(session, region, out));
        if (count == null && "ec2".equals(regional.service())) {
          // EC2 answers in every enabled region; when it fails the region itself is unusable
          // (disabled, denied by an SCP), so its other services would only repeat the error.
          run.failures.set(
              run.failures.size() - 1, "region " + region.id() + " skipped: " + run.lastFailure);
          break;
        }
        if (count != null) {
          if ("ec2".equals(regional.service())) {
            run.instances += count;
          } else {
            run.resources += count;
          }
        }
      }
    }
  }

  /** What one account's collection has gathered so far. */
  private static final class Run {
    final String accountId;
    final List<String> failures = new ArrayList<>();
    String lastFailure;
    boolean wrote;
    IamSummary iam;
    Integer accessKeys;
    int instances;
    int resources;

    Run(String accountId) {
      this.accountId = accountId;
    }

    /** Runs one step that writes a file; a failure is recorded and gives null. */
    <T> T step(String what, java.util.function.Supplier<T> call) {
      T value = read(what, call);
      wrote |= value != null;
      return value;
    }

    /** Runs one step that only reads; a failure is recorded and gives null. */
    <T> T read(String what, java.util.function.Supplier<T> call) {
      try {
        return call.get();
      } catch (RuntimeException e) {
        lastFailure = Errors.describe(e);
        failures.add(what + ": " + lastFailure);
        return null;
      }
    }

    void fail(String reason) {
      failures.add(reason);
    }

    AccountResult result(String name, Duration elapsed) {
      EntityCounts counts =
          new EntityCounts(
              iam == null ? 0 : iam.users(),
              iam == null ? 0 : iam.groups(),
              iam == null ? 0 : iam.roles(),
              iam == null ? 0 : iam.policies(),
              accessKeys == null ? 0 : accessKeys,
              instances,
              resources);
      AccountStatus status =
          !wrote
              ? AccountStatus.FAILED
              : failures.isEmpty() ? AccountStatus.OK : AccountStatus.PARTIAL;
      String reason = failures.isEmpty() ? null : String.join("; ", failures);
      return new AccountResult(accountId, name, status, reason, counts, elapsed);
    }
  }
}
