package io.accessgraph.api.cli;

import io.accessgraph.api.server.AccessGraphServer;
import io.accessgraph.api.server.ServerSettings;
import io.accessgraph.api.server.security.ApiTokens;
import io.accessgraph.store.GraphStore;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the server over an open store, prints how to reach it, and waits until stopped. */
final class ServerRunner {
  private ServerRunner() {}

  static void runUntilStopped(
      GraphStore store, ServerSettings settings, PrintWriter out, boolean printToken) {
    if (!settings.loopbackOnly() && System.getProperty("server.ssl.enabled") == null) {
      out.println(
          "WARNING: listening on "
              + settings.bindAddress()
              + " without TLS: anyone who can reach this port and holds a token reads the graph"
              + " in clear text. Configure server.ssl.* (Spring Boot) or keep the default"
              + " 127.0.0.1.");
    }
    ConfigurableApplicationContext context = AccessGraphServer.start(store, settings);
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    String host = settings.loopbackOnly() ? "127.0.0.1" : settings.bindAddress();
    ApiTokens tokens = context.getBean(ApiTokens.class);
    out.println();
    out.println("accessgraph is running:  http://" + host + ":" + port + "/");
    if (printToken) {
      out.println("Sign in with the API token: " + tokens.operatorToken());
    }
    tokens
        .generatedFile()
        .ifPresentOrElse(
            file -> out.println("The API token is stored in " + file + " (mode 0600): cat " + file),
            () -> out.println("The API token is the one set in ACCESSGRAPH_API_TOKEN."));
    out.println("Neo4j Browser / Cypher:  " + store.boltUri());
    out.println("Stop with Ctrl-C.");
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  context.close();
                  stopped.countDown();
                }));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
