package io.accessgraph.api.cli;

import io.accessgraph.api.server.ServerSettings;
import io.accessgraph.store.GraphStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code serve}: the REST API and web view over the stored graph. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serves the REST API and the web view over the stored graph.")
final class ServeCommand implements Callable<Integer> {
  @Mixin GraphOptions graph;
  @Mixin ServerOptions server;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    GraphStore store = graph.open();
    ServerRunner.runUntilStopped(
        store,
        new ServerSettings(server.port, server.bind, graph.dataDir()),
        spec.commandLine().getOut(),
        false);
    store.close();
    return 0;
  }
}
