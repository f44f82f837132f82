package io.accessgraph.store.embedded;

import io.accessgraph.store.StoreException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j 5.26 community running in this JVM with its files under {@code dataDir/neo4j} (logs in
 * {@code dataDir/neo4j/logs}).
 *
 * <p>Authentication is off: Bolt listens on 127.0.0.1 only, so only processes of this machine can
 * connect, which is the same trust boundary as the data directory itself. Run a real server
 * (docker-compose) and pass {@code --neo4j-uri} when others need access.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
  private static final long MIB = 1024L * 1024L;

  private final DatabaseManagementService dbms;
  private final URI boltUri;
  private final Thread shutdownHook;
  private boolean closed;

  private EmbeddedNeo4j(DatabaseManagementService dbms, URI boltUri) {
    this.dbms = dbms;
    this.boltUri = boltUri;
    this.shutdownHook = new Thread(this::shutdown, "embedded-neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Starts Neo4j on {@code dataDir/neo4j}, creating it when missing.
   *
   * @param boltPort 0 for 7687 or, when that is taken, any free port
   * @throws StoreException when the directory is in use by another process or cannot be used
   */
  public static EmbeddedNeo4j start(Path dataDir, int boltPort) {
    Path home = dataDir.toAbsolutePath().resolve("neo4j");
    try {
      Files.createDirectories(home);
    } catch (java.io.IOException e) {
      throw new StoreException("cannot create the Neo4j data directory " + home + ": " + e, e);
    }
    int port = BoltPort.choose(boltPort);
    DatabaseManagementService dbms = null;
    // another process may take the port between our check and Neo4j's bind: try another one
    for (int attempt = 1; dbms == null; attempt++) {
      LOG.info("starting embedded Neo4j in {} with Bolt on 127.0.0.1:{}", home, port);
      try {
        dbms = builder(home, port).build();
      } catch (RuntimeException e) {
        if (boltPort != 0 || attempt == 3 || !portTaken(e)) {
          throw failure(home, e);
        }
        port = BoltPort.choose(0);
      }
    }
    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) {
      dbms.shutdown();
      throw new StoreException(
          "embedded Neo4j in " + home + " did not become available; see " + home + "/logs");
    }
    return new EmbeddedNeo4j(dbms, URI.create("bolt://127.0.0.1:" + port));
  }

  private static DatabaseManagementServiceBuilder builder(Path home, int port) {
    SocketAddress address = new SocketAddress("127.0.0.1", port);
    return new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, address)
        .setConfig(BoltConnector.advertised_address, address)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
        // the JVM is shared with the application: a modest off-heap page cache, and a cap on
        // the heap that transactions may use together so a huge write fails instead of the app
        .setConfig(GraphDatabaseSettings.pagecache_memory, 512 * MIB)
        .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, 2048 * MIB)
        // re-ingesting rewrites accounts often; do not keep days of transaction logs
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "256M size")
        // Bolt's network threads otherwise idle 5 s per event loop group before stopping, which
        // every CLI command would spend at exit; connections are closed by then anyway
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
        .setConfig(
            GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2));
  }

  private static boolean portTaken(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.BindException
          || t.getClass().getSimpleName().equals("PortBindException")) {
        return true;
      }
    }
    return false;
  }

  private static StoreException failure(Path home, RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getSimpleName();
      String message = String.valueOf(t.getMessage());
      if (name.contains("FileLock")
          || name.equals("OverlappingFileLockException")
          || message.contains("locked")) {
        return new StoreException(
            "the Neo4j data in "
                + home
                + " is in use by another process (a running `accessgraph serve`?). Stop it, or"
                + " talk to the running server with --neo4j-uri bolt://127.0.0.1:PORT",
            e);
      }
    }
    return new StoreException(
        "cannot start embedded Neo4j in " + home + ": " + e.getMessage() + " (see logs there)", e);
  }

  public URI boltUri() {
    return boltUri;
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook is running or about to; it shuts Neo4j down
    }
    shutdown();
  }

  private synchronized void shutdown() {
    if (!closed) {
      closed = true;
      dbms.shutdown();
    }
  }
}
