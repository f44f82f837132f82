package io.accessgraph.api.server.ingest;

import io.accessgraph.api.pipeline.AccessPipeline;
import io.accessgraph.ingest.aws.AccountResult;
import io.accessgraph.ingest.aws.CollectProgress;
import io.accessgraph.ingest.aws.CollectResult;
import io.accessgraph.ingest.aws.OrganizationCollector;
import io.accessgraph.ingest.offline.OfflineSnapshotReader;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.Snapshot;
import io.accessgraph.store.GraphStore;
import io.accessgraph.store.WriteListener;
import io.accessgraph.store.WriteResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One run: (collect →) read → store per account → analyze → reload the served graph. The same steps
 * as {@code ingest --from} / {@code ingest --aws}, reporting progress into the run.
 */
final class IngestJob implements Runnable {
  private final IngestRequest request;
  private final IngestRun run;
  private final GraphStore store;
  private final Runnable reload;

  IngestJob(IngestRequest request, IngestRun run, GraphStore store, Runnable reload) {
    this.request = request;
    this.run = run;
    this.store = store;
    this.reload = reload;
  }

  @Override
  public void run() {
    try {
      if (IngestRequest.AWS.equals(request.source())) {
        Path collected = Files.createTempDirectory("accessgraph-collect");
        try {
          CollectResult result = collect(collected);
          if (result.exitCode() == 1) {
            run.failed("nothing could be collected");
            return;
          }
          ingest(collected);
        } finally {
          deleteRecursively(collected);
        }
      } else {
        ingest(request.offlineDir());
      }
    } catch (IOException e) {
      run.failed("I/O error: " + e.getMessage());
    } catch (RuntimeException e) {
      run.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private CollectResult collect(Path into) {
    run.phase("collecting", 0);
    return new OrganizationCollector()
        .collect(
            request.collectOptions(),
            into,
            new CollectProgress() {
              @Override
              public void started(int totalAccounts) {
                run.total(totalAccounts);
              }

              @Override
              public void accountStarted(String accountId, String phase) {}

              @Override
              public void accountFinished(AccountResult result) {
                run.accountDone();
                run.account(
                    result.accountId(),
                    a ->
                        new AccountOutcome(
                            a.account(),
                            result.status().name(),
                            a.written(),
                            a.users(),
                            a.roles(),
                            a.groups(),
                            a.policies(),
                            a.instances(),
                            result.reason()));
              }
            });
  }

  private void ingest(Path dir) {
    run.phase("reading", 0);
    Snapshot snapshot = new OfflineSnapshotReader().read(dir);
    snapshot.problems().forEach(p -> run.problem(p.toString()));
    if (snapshot.isEmpty()) {
      run.failed("nothing could be ingested from " + dir);
      return;
    }
    for (AccountSnapshot a : snapshot.accountList()) {
      run.account(
          a.accountId(),
          o ->
              new AccountOutcome(
                  o.account(),
                  o.collected(),
                  null,
                  a.users().size(),
                  a.roles().size(),
                  a.groups().size(),
                  a.policies().size(),
                  a.instances().size(),
                  o.error()));
    }
    run.phase("storing", snapshot.accounts().size());
    store.writeSnapshot(
        snapshot,
        new WriteListener() {
          @Override
          public void finished(WriteResult result) {
            if (snapshot.accounts().containsKey(result.owner())) {
              run.accountDone();
              run.account(
                  result.owner(),
                  o ->
                      new AccountOutcome(
                          o.account(),
                          o.collected(),
                          result.written(),
                          o.users(),
                          o.roles(),
                          o.groups(),
                          o.policies(),
                          o.instances(),
                          result.error() != null ? result.error() : o.error()));
            } else if (!result.written()) {
              run.problem(result.owner() + ": " + result.error());
            }
          }
        });
    run.phase("analyzing", 0);
    new AccessPipeline(store).analyze();
    run.phase("reloading", 0);
    reload.run();
    run.succeeded();
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
