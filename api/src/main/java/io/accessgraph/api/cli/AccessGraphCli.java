package io.accessgraph.api.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the application jar and of {@code ./accessgraph}. */
@Command(
    name = "accessgraph",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Maps who can become whom across every account of an AWS Organization.",
    subcommands = {
      DemoCommand.class,
      IngestCommand.class,
      CollectCommand.class,
      SynthCommand.class,
      BenchCommand.class,
      AnalyzeCommand.class,
      QueryCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class AccessGraphCli {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return run(
        new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8),
        args);
  }

  /** Runs one command line with the given streams and returns its exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return new CommandLine(new AccessGraphCli())
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler(new CliErrorHandler())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .execute(args);
  }
}
