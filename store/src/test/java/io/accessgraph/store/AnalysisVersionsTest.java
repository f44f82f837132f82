package io.accessgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.store.analysis.AnalysisWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * The analysis is written as a new version in many transactions and made current at once: what a
 * reader sees before, during (after a crash) and after.
 */
class AnalysisVersionsTest {
  private static HarnessNeo4j neo4j;

  @BeforeAll
  static void start() {
    neo4j = new HarnessNeo4j();
  }

  @AfterAll
  static void stop() {
    neo4j.close();
  }

  @BeforeEach
  void rawDataOnly() {
    query("MATCH (n) DETACH DELETE n");
    neo4j.store().writeSnapshot(Fixtures.snapshot());
  }

  @Test
  void oneEdgePerTransactionGivesTheSameResultAsOneBigWrite() {
    AtomicInteger transactions = new AtomicInteger();
    AccessGraphData data = Analyses.full();

    new AnalysisWriter(neo4j.driver(), 1, (what, rows) -> transactions.incrementAndGet())
        .write(data);

    long admins = data.nodes().stream().filter(n -> n.admin() && n.accountId() != null).count();
    assertThat(transactions).hasValue(data.nodes().size() + data.edges().size() + (int) admins);
    assertThat(neo4j.store().readAnalysis()).isEqualTo(Analyses.sorted(data));
    String current = single("MATCH (s:AnalysisState) RETURN s.version AS v").get("v").asString();
    assertThat(
            query(
                "MATCH ()-[r:CAN_ASSUME|RUNS_AS|CAN_ESCALATE]->() RETURN DISTINCT r.version AS v"))
        .extracting(r -> r.get("v").asString())
        .containsExactly(current);
    assertThat(single("MATCH (s:AnalysisState) RETURN s.edges AS e").get("e").asInt())
        .isEqualTo(data.edges().size());
  }

  @Test
  void aWriteThatDiesPartWayLeavesThePreviousResultAndTheNextWriteClearsItsLeftovers() {
    neo4j.store().writeAnalysis(Analyses.smaller());
    StoreCounts before = neo4j.store().counts();
    AtomicInteger committed = new AtomicInteger();
    AnalysisWriter dying =
        new AnalysisWriter(
            neo4j.driver(),
            1,
            (what, rows) -> {
              if (what.equals("edges") && committed.incrementAndGet() == 3) {
                throw new IllegalStateException("simulated crash after 3 edge transactions");
              }
            });

    assertThatThrownBy(() -> dying.write(Analyses.full())).hasMessageContaining("simulated crash");

    // the half-written version is in Neo4j, but readers still get the previous one
    assertThat(neo4j.store().counts().relationships()).isGreaterThan(before.relationships());
    assertThat(neo4j.store().readAnalysis()).isEqualTo(Analyses.sorted(Analyses.smaller()));

    neo4j.store().writeAnalysis(Analyses.smaller());
    assertThat(neo4j.store().counts()).isEqualTo(before);
    assertThat(neo4j.store().readAnalysis()).isEqualTo(Analyses.sorted(Analyses.smaller()));
  }

  @Test
  void edgesFromAnOlderReleaseWithoutAVersionAreNeitherReadNorKept() {
    neo4j.store().writeAnalysis(Analyses.full());
    query("MATCH ()-[r:CAN_ESCALATE]->() REMOVE r.version");
    query("MATCH (s:AnalysisState) DETACH DELETE s");

    assertThat(neo4j.store().readAnalysis().edges()).isEmpty();

    neo4j.store().writeAnalysis(Analyses.smaller());
    assertThat(neo4j.store().readAnalysis()).isEqualTo(Analyses.sorted(Analyses.smaller()));
    assertThat(
            query("MATCH ()-[r]->() WHERE r.version IS NULL AND type(r) = 'CAN_ESCALATE' RETURN r"))
        .isEmpty();
  }

  @Test
  void cypherUsersSeeTheCurrentVersionAsAnalyzedNodesWithAdminFlags() {
    neo4j.store().writeAnalysis(Analyses.full());
    neo4j.store().writeAnalysis(Analyses.smaller());

    AccessGraphData smaller = Analyses.smaller();
    assertThat(query("MATCH (n:Analyzed) RETURN n.arn AS arn"))
        .extracting(r -> r.get("arn").asString())
        .containsExactlyInAnyOrderElementsOf(smaller.nodes().stream().map(n -> n.arn()).toList());
    assertThat(query("MATCH (n:Analyzed) WHERE n.admin RETURN n.arn AS arn"))
        .extracting(r -> r.get("arn").asString())
        .containsExactlyInAnyOrderElementsOf(
            smaller.nodes().stream().filter(n -> n.admin()).map(n -> n.arn()).toList());
    // only the current slot's properties remain on the nodes
    assertThat(query("MATCH (n) WHERE n.analysisVersionA IS NOT NULL RETURN n")).isEmpty();
  }

  @Test
  void aStoreWithRawDataOnlyHasNoAnalysisUntilOneIsCompletelyWritten() {
    assertThat(neo4j.store().hasAnalysis()).isFalse();
    assertThat(neo4j.store().readAnalysis().nodes()).isEmpty();

    neo4j.store().writeAnalysis(new AccessGraphData(List.of(), List.of()));

    assertThat(neo4j.store().hasAnalysis()).isTrue();
  }

  @Test
  void rejectsAnEmptyTransactionSize() {
    assertThatThrownBy(() -> new AnalysisWriter(neo4j.driver(), 0, AnalysisWriter.Progress.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rowsPerTransaction");
  }

  private static List<Record> query(String cypher) {
    try (Session session = neo4j.driver().session()) {
      return session.executeWrite(tx -> tx.run(cypher, Map.of()).list());
    }
  }

  private static Record single(String cypher) {
    return query(cypher).get(0);
  }
}
