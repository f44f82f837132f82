package io.accessgraph.api.cli;

import io.accessgraph.ingest.aws.CollectProgress;
import io.accessgraph.ingest.aws.CollectResult;
import io.accessgraph.ingest.aws.OrganizationCollector;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Runs the read-only collector into a directory and prints its per-account summary. */
final class LiveCollection {
  private LiveCollection() {}

  static CollectResult collect(AwsOptions aws, Path outDir, PrintWriter out) {
    CollectResult result =
        new OrganizationCollector()
            .collect(aws.toCollectOptions(), outDir, CollectProgress.terminalOrLog(0));
    out.println(result.summaryTable());
    out.flush();
    return result;
  }
}
