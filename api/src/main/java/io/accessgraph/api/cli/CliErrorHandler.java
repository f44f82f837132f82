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
    // Spring wraps a server that cannot start (a bad token, a port in use) in several layers
    // whose messages name beans; the innermost cause is what the user has to fix.
    boolean server = e.getClass().getName().startsWith("org.springframework.");
    Throwable shown = server ? rootCause(e) : e;
    String message =
        shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
    String prefix = server ? "accessgraph: cannot start the server: " : "accessgraph: ";
    if (shown instanceof IllegalArgumentException || shown instanceof IllegalStateException) {
      cmd.getErr().println(prefix + message);
    } else {
      cmd.getErr().println(prefix + shown.getClass().getSimpleName() + ": " + message);
    }
    if (System.getenv("ACCESSGRAPH_DEBUG") != null) {
      e.printStackTrace(cmd.getErr());
    }
    return 1;
  }

  private static Throwable rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }
}
