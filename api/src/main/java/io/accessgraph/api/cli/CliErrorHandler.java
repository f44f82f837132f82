package io.accessgraph.api.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one line a person understands. Expected failures (bad input, unknown node,
 * store unavailable) carry their own message; anything else is reported with its type so it can be
 * filed as a bug, and the stack trace only with ACCESSGRAPH_DEBUG=1.
 */
final class CliErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
      cmd.getErr().println("accessgraph: " + message);
    } else {
      cmd.getErr().println("accessgraph: " + e.getClass().getSimpleName() + ": " + message);
    }
    if (System.getenv("ACCESSGRAPH_DEBUG") != null) {
      e.printStackTrace(cmd.getErr());
    }
    return 1;
  }
}
