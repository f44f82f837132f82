package io.accessgraph.store;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Where the graph lives.
 *
 * @param dataDir the data directory of embedded Neo4j (its files go to {@code dataDir/neo4j});
 *     required when {@code neo4jUri} is null
 * @param neo4jUri an external Neo4j 5 ({@code bolt://}, {@code neo4j://}, {@code neo4j+s://} for
 *     Aura, ...); null starts Neo4j embedded
 * @param username null for no authentication (the embedded server never asks)
 * @param embeddedBoltPort 0 for 7687; when the port is taken a free one is used
 */
public record StoreConfig(
    Path dataDir, URI neo4jUri, String username, String password, int embeddedBoltPort) {
  public static final int DEFAULT_BOLT_PORT = 7687;
  public static final String USERNAME_VARIABLE = "NEO4J_USERNAME";
  public static final String PASSWORD_VARIABLE = "NEO4J_PASSWORD";

  private static final Set<String> SCHEMES =
      Set.of("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc");

  public StoreConfig {
    if (neo4jUri == null && dataDir == null) {
      throw new IllegalArgumentException("a data directory is needed for embedded Neo4j");
    }
    if (neo4jUri != null && !SCHEMES.contains(String.valueOf(neo4jUri.getScheme()))) {
      throw new IllegalArgumentException(
          "--neo4j-uri '"
              + neo4jUri
              + "' is not a Neo4j URI: expected one of "
              + new java.util.TreeSet<>(SCHEMES)
              + ", e.g. bolt://127.0.0.1:7687");
    }
    if (embeddedBoltPort < 0 || embeddedBoltPort > 65535) {
      throw new IllegalArgumentException(
          "Bolt port " + embeddedBoltPort + " is not a TCP port (0..65535)");
    }
    if (password != null && (username == null || username.isBlank())) {
      username = "neo4j";
    }
  }

  /** Embedded Neo4j under {@code dataDir}, Bolt on 7687 or a free port. */
  public static StoreConfig embedded(Path dataDir) {
    return new StoreConfig(dataDir, null, null, null, 0);
  }

  /** Credentials from NEO4J_USERNAME / NEO4J_PASSWORD; {@code uri} null means embedded. */
  public static StoreConfig fromEnvironment(Path dataDir, URI uri) {
    return fromEnvironment(dataDir, uri, System.getenv());
  }

  static StoreConfig fromEnvironment(Path dataDir, URI uri, Map<String, String> env) {
    return new StoreConfig(
        dataDir, uri, blankToNull(env.get(USERNAME_VARIABLE)), env.get(PASSWORD_VARIABLE), 0);
  }

  public boolean isEmbedded() {
    return neo4jUri == null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  @Override
  public String toString() {
    return "StoreConfig[dataDir="
        + dataDir
        + ", neo4jUri="
        + neo4jUri
        + ", username="
        + username
        + ", password="
        + (password == null ? "none" : "***")
        + ", embeddedBoltPort="
        + embeddedBoltPort
        + "]";
  }
}
