package io.accessgraph.api.cli;

import picocli.CommandLine.Option;

/** Where the server listens. */
final class ServerOptions {
  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      description = "HTTP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). Anything else"
              + " exposes the graph to the network: configure TLS (server.ssl.*) first.")
  String bind;
}
