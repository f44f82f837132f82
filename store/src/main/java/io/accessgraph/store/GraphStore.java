package io.accessgraph.store;

import io.accessgraph.analysis.findings.Finding;
import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.model.snapshot.Snapshot;
import io.accessgraph.store.analysis.AnalysisReader;
import io.accessgraph.store.analysis.AnalysisWriter;
import io.accessgraph.store.embedded.EmbeddedNeo4j;
import io.accessgraph.store.findings.FindingsReader;
import io.accessgraph.store.findings.FindingsWriter;
import io.accessgraph.store.schema.Schema;
import io.accessgraph.store.snapshot.SnapshotReader;
import io.accessgraph.store.snapshot.SnapshotWriter;
import java.net.URI;
import java.util.List;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The graph in Neo4j, always reached over Bolt with the Java driver, so that the embedded default
 * and any external Neo4j 5 server, cluster or Aura behave the same. Thread-safe.
 */
public final class GraphStore implements AutoCloseable {
  private final Driver driver;
  private final EmbeddedNeo4j embedded;
  private final URI boltUri;

  private GraphStore(Driver driver, EmbeddedNeo4j embedded, URI boltUri) {
    this.driver = driver;
    this.embedded = embedded;
    this.boltUri = boltUri;
  }

  /**
   * Embedded: starts Neo4j in-process on {@code dataDir/neo4j} with Bolt on 127.0.0.1. External:
   * connects to {@code neo4jUri}. Either way then creates the schema where missing.
   *
   * @throws StoreException with what to do when Neo4j cannot be started or reached
   */
  public static GraphStore open(StoreConfig config) {
    if (!config.isEmbedded()) {
      AuthToken auth =
          config.username() == null
              ? AuthTokens.none()
              : AuthTokens.basic(config.username(), String.valueOf(config.password()));
      return connect(config.neo4jUri(), auth, null);
    }
    EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(config.dataDir(), config.embeddedBoltPort());
    try {
      return connect(neo4j.boltUri(), AuthTokens.none(), neo4j);
    } catch (RuntimeException e) {
      neo4j.close();
      throw e;
    }
  }

  private static GraphStore connect(URI uri, AuthToken auth, EmbeddedNeo4j embedded) {
    Driver driver = GraphDatabase.driver(uri, auth);
    try {
      driver.verifyConnectivity();
      Schema.create(driver);
    } catch (Neo4jException | IllegalStateException e) {
      driver.close();
      throw new StoreException(
          "cannot use Neo4j at "
              + uri
              + ": "
              + e.getMessage()
              + " (check --neo4j-uri and the "
              + StoreConfig.USERNAME_VARIABLE
              + "/"
              + StoreConfig.PASSWORD_VARIABLE
              + " environment variables)",
          e);
    }
    return new GraphStore(driver, embedded, uri);
  }

  /** Where Neo4j Browser (or cypher-shell) can connect, e.g. bolt://127.0.0.1:7687. */
  public String boltUri() {
    return boltUri.toString();
  }

  /** True when this store started Neo4j in-process. */
  public boolean embedded() {
    return embedded != null;
  }

  /**
   * Writes the organization (when present) and every account, each in its own transaction that
   * replaces that owner's previous data. Failures are reported per owner, never thrown.
   */
  public WriteReport writeSnapshot(Snapshot snapshot) {
    return writeSnapshot(snapshot, WriteListener.NONE);
  }

  public WriteReport writeSnapshot(Snapshot snapshot, WriteListener listener) {
    return new SnapshotWriter(driver).write(snapshot, listener);
  }

  /** Every stored account and the organization; entities sorted by ARN, no ingest problems. */
  public Snapshot readSnapshot() {
    return new SnapshotReader(driver).read();
  }

  /**
   * Replaces all derived edges, admin flags and AccountAdmin nodes: written as a new version in
   * bounded transactions, then made current at once, so readers never see a mix and a failure
   * leaves the previous result.
   */
  public void writeAnalysis(AccessGraphData data) {
    new AnalysisWriter(driver).write(data);
  }

  /**
   * True when an analysis was completely written: false for a store that only holds raw data (an
   * ingest that stopped before its analysis was stored, or a store from a release before analysis
   * versions), whose analysis has to be derived again.
   */
  public boolean hasAnalysis() {
    return new AnalysisReader(driver).hasCurrent();
  }

  /** The current analysis; empty when {@link #hasAnalysis()} is false. */
  public AccessGraphData readAnalysis() {
    return new AnalysisReader(driver).read();
  }

  /**
   * Replaces all stored findings: a Finding node each, linked by AFFECTS to its resource's node
   * where that exists; written as a new version in bounded transactions and made current at once.
   *
   * @throws IllegalArgumentException when two findings share an id (nothing is written)
   */
  public void writeFindings(List<Finding> findings) {
    new FindingsWriter(driver).write(findings);
  }

  /** The stored findings, most severe first. */
  public List<Finding> readFindings() {
    return new FindingsReader(driver).read();
  }

  public StoreCounts counts() {
    return Counts.read(driver);
  }

  @Override
  public void close() {
    try {
      driver.close();
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }
}
