package io.accessgraph.api.cli;

import io.accessgraph.store.GraphStore;
import io.accessgraph.store.StoreConfig;
import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the graph lives: the embedded Neo4j under a data directory, or an external Neo4j. */
final class GraphOptions {
  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Data directory of the embedded Neo4j (default: ./data; demo: ./demo-data).")
  Path dataDir;

  /** The directory used when --data-dir is not given; the demo keeps its own. */
  Path defaultDataDir = Path.of("data");

  @Option(
      names = "--neo4j-uri",
      paramLabel = "URI",
      description =
          "External Neo4j 5 (bolt://, neo4j://, neo4j+s://). Credentials from NEO4J_USERNAME and"
              + " NEO4J_PASSWORD.")
  URI neo4jUri;

  Path dataDir() {
    return dataDir != null ? dataDir : defaultDataDir;
  }

  GraphStore open() {
    return GraphStore.open(StoreConfig.fromEnvironment(dataDir(), neo4jUri));
  }
}
