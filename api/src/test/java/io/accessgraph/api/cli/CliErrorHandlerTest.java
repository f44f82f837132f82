package io.accessgraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.BindException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.ApplicationContextException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class CliErrorHandlerTest {
  @Command(name = "serve")
  static final class Serve implements Runnable {
    @Override
    public void run() {}
  }

  private final StringWriter err = new StringWriter();
  private final CommandLine cmd = new CommandLine(new Serve()).setErr(new PrintWriter(err, true));

  @Test
  void aServerThatCannotStartIsExplainedByWhatTheUserMustFixNotByTheBeanThatFailed() {
    Exception wrapped =
        new ApplicationContextException(
            "Unable to start web server",
            new BeanCreationException(
                "Error creating bean with name 'apiTokens'",
                new IllegalArgumentException(
                    "API token from the environment is too short: use at least 16 characters")));

    int exit = new CliErrorHandler().handleExecutionException(wrapped, cmd, null);

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().strip())
        .isEqualTo(
            "accessgraph: cannot start the server: API token from the environment is too short:"
                + " use at least 16 characters");
  }

  @Test
  void aPortInUseNamesTheSystemError() {
    Exception wrapped =
        new ApplicationContextException(
            "Unable to start web server", new BindException("Address already in use"));

    new CliErrorHandler().handleExecutionException(wrapped, cmd, null);

    assertThat(err.toString().strip())
        .isEqualTo("accessgraph: cannot start the server: BindException: Address already in use");
  }

  @Test
  void otherFailuresKeepTheirOwnMessage() {
    new CliErrorHandler()
        .handleExecutionException(
            new IllegalArgumentException("--from: no such directory"), cmd, null);

    assertThat(err.toString().strip()).isEqualTo("accessgraph: --from: no such directory");
  }
}
