package io.accessgraph.ingest.aws;

import io.accessgraph.ingest.aws.client.AwsClientFactory;
import io.accessgraph.ingest.aws.json.SnapshotFiles;
import io.accessgraph.ingest.aws.regional.RegionalCollector;
import io.accessgraph.ingest.aws.regional.RegionalCollectors;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Collects every account of an AWS Organization into a directory in the offline format: discover
 * the accounts, then collect them in parallel on a bounded pool. Read-only throughout.
 *
 * <pre>{@code
 * CollectResult r = new OrganizationCollector().collect(options, dir, CollectProgress.none());
 * System.out.print(r.summaryTable());
 * System.exit(r.exitCode());
 * }</pre>
 */
public final class OrganizationCollector {
  private final AwsCredentialsProvider credentials;

  /** Credentials from {@link CollectOptions#profile()}, or the SDK's default chain. */
  public OrganizationCollector() {
    this(null);
  }

  /** Uses these credentials for the calling account (embedding, tests). */
  public OrganizationCollector(AwsCredentialsProvider credentials) {
    this.credentials = credentials;
  }

  /**
   * Collects into {@code outDir} (created when missing; files of the same name are replaced).
   *
   * @throws CollectException when the run cannot start: the calling credentials are missing or
   *     refused (GetCallerIdentity fails)
   * @throws IllegalArgumentException for options that name unknown services
   */
  public CollectResult collect(CollectOptions options, Path outDir, CollectProgress progress) {
    List<RegionalCollector> regionals = RegionalCollectors.forServices(options.services());
    Region home = homeRegion(options);
    AwsCredentialsProvider base = baseCredentials(options);
    Instant startedAt = Instant.now();
    int pool = options.concurrency() * 2 + 4;
    try (AwsClientFactory clients =
        new AwsClientFactory(options.endpointUrl(), options.apiTimeout(), pool)) {
      SnapshotFiles out = new SnapshotFiles(outDir);
      String caller = callerAccount(clients, home, base);
      List<String> notes = new ArrayList<>();
      CollectProgress noting =
          new CollectProgress() {
            @Override
            public void accountStarted(String id, String phase) {
              progress.accountStarted(id, phase);
            }

            @Override
            public void accountFinished(AccountResult r) {
              progress.accountFinished(r);
            }

            @Override
            public void note(String message) {
              synchronized (notes) {
                notes.add(message);
              }
              progress.note(message);
            }
          };
      CollectionTargets.Targets targets =
          new CollectionTargets(clients, home, base, out, noting).choose(caller, options);
      progress.started(targets.accounts().size());
      AccountCollector collector =
          new AccountCollector(
              options,
              clients,
              new AccountCredentials(base, caller, options, clients, home),
              home,
              out,
              regionals,
              noting);
      CollectResult result =
          new CollectResult(run(collector, targets.accounts(), options.concurrency()));
      CollectSummaryFile.write(
          out, startedAt, caller, targets.organization(), List.copyOf(notes), result);
      progress.finished(result);
      return result;
    }
  }

  private static List<AccountResult> run(
      AccountCollector collector, List<CollectionTargets.Target> targets, int concurrency) {
    AtomicInteger threads = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(concurrency, targets.size())),
            r -> {
              Thread t = new Thread(r, "collect-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<AccountResult>> futures = new ArrayList<>();
      for (CollectionTargets.Target t : targets) {
        futures.add(pool.submit(() -> collector.collect(t.accountId(), t.name())));
      }
      List<AccountResult> results = new ArrayList<>();
      for (Future<AccountResult> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CollectException("collection interrupted", e);
    } catch (ExecutionException e) {
      // AccountCollector records every failure itself; reaching here is a bug, not an AWS error
      throw new IllegalStateException("account collection crashed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static String callerAccount(
      AwsClientFactory clients, Region home, AwsCredentialsProvider base) {
    try (StsClient sts = clients.client(StsClient.builder(), home, base)) {
      return sts.getCallerIdentity(r -> {}).account();
    } catch (SdkException e) {
      throw new CollectException(
          "cannot identify the calling AWS credentials (sts:GetCallerIdentity): "
              + Errors.describe(e)
              + ". Configure credentials (environment, --profile, SSO, instance role).",
          e);
    }
  }

  private AwsCredentialsProvider baseCredentials(CollectOptions options) {
    if (credentials != null) {
      return credentials;
    }
    return options.profile() != null
        ? ProfileCredentialsProvider.create(options.profile())
        : DefaultCredentialsProvider.builder().build();
  }

  static Region homeRegion(CollectOptions options) {
    if (options.region() != null) {
      return Region.of(options.region());
    }
    try {
      DefaultAwsRegionProviderChain chain =
          options.profile() == null
              ? new DefaultAwsRegionProviderChain()
              : DefaultAwsRegionProviderChain.builder().profileName(options.profile()).build();
      return chain.getRegion();
    } catch (SdkException e) {
      return Region.US_EAST_1; // nothing configured: the region every partition-aws account has
    }
  }
}
