package io.accessgraph.api.cli;

import io.accessgraph.ingest.aws.CollectResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code collect --aws --out DIR}: write the offline format from a live organization. */
@Command(
    name = "collect",
    mixinStandardHelpOptions = true,
    description = {
      "Collects every account of the AWS Organization (read-only) into DIR, in exactly the"
          + " offline format that 'ingest --from' reads: archive it, share it, ingest it later.",
      "Exit code 0 when every account was collected, 2 when some were, 1 when none."
    })
final class CollectCommand implements Callable<Integer> {
  @Mixin AwsOptions aws;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--aws", required = true, description = "Collect from AWS (the only source).")
  boolean fromAws;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Override
  public Integer call() {
    CollectResult result = LiveCollection.collect(aws, out, spec.commandLine().getOut());
    return result.exitCode();
  }
}
