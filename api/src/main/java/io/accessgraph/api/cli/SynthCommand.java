package io.accessgraph.api.cli;

import io.accessgraph.ingest.synth.SynthOptions;
import io.accessgraph.ingest.synth.SynthResult;
import io.accessgraph.ingest.synth.SyntheticOrganization;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code synth}: a deterministic synthetic organization in the offline format. */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a synthetic AWS Organization in the offline format (AWS CLI JSON per account and"
          + " region, org.json), deterministic for a seed, with planted escalation paths and their"
          + " expected answers in _expected.json (see docs/synth.md)."
    })
final class SynthCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--accounts", required = true, paramLabel = "N", description = "Accounts.")
  int accounts;

  @Option(
      names = "--principals-per-account",
      required = true,
      paramLabel = "M",
      description = "Users and roles per account.")
  int principalsPerAccount;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "S",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Output directory (new or empty).")
  Path out;

  @Override
  public Integer call() throws IOException {
    SynthResult result =
        SyntheticOrganization.write(new SynthOptions(accounts, principalsPerAccount, seed), out);
    spec.commandLine()
        .getOut()
        .printf(
            "wrote %d accounts, %d principals: %d files, %.1f MB in %s%nexpected answers: %s%n",
            result.accounts(),
            result.principals(),
            result.files(),
            result.bytes() / 1e6,
            out,
            result.expectedAnswers());
    return 0;
  }
}
