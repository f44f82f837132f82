package io.accessgraph.api;

import io.accessgraph.api.cli.AccessGraphCli;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps what it printed. */
public final class CliRunner {
  private CliRunner() {}

  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = AccessGraphCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** Exit code and the two streams. */
  public record Result(int exitCode, String out, String err) {}
}
