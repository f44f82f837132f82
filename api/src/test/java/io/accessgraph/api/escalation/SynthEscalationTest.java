package io.accessgraph.api.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accessgraph.analysis.escalation.AccessAnalyzer;
import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.analysis.graph.WellKnownNodes;
import io.accessgraph.api.bench.PlantedAnswers;
import io.accessgraph.ingest.offline.OfflineSnapshotReader;
import io.accessgraph.ingest.synth.SynthOptions;
import io.accessgraph.ingest.synth.SyntheticOrganization;
import io.accessgraph.model.Arn;
import io.accessgraph.model.snapshot.Snapshot;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every planted answer of a small synthetic organization (docs/synth.md), checked by the same
 * {@link PlantedAnswers} that every benchmark run uses.
 */
class SynthEscalationTest {
  @TempDir static Path dir;
  static Snapshot snapshot;
  static AccessGraphData data;
  static JsonNode checks;

  @BeforeAll
  static void generateAndAnalyze() throws Exception {
    SyntheticOrganization.write(new SynthOptions(5, 40, 7), dir);
    snapshot = new OfflineSnapshotReader().read(dir);
    data = AccessAnalyzer.analyze(snapshot);
    checks = new ObjectMapper().readTree(dir.resolve("_expected.json").toFile()).path("checks");
  }

  @Test
  void everyPlantedAnswerHolds() throws Exception {
    PlantedAnswers answers = PlantedAnswers.read(dir.resolve("_expected.json"));

    assertThat(answers.size()).isGreaterThanOrEqualTo(5);
    assertThat(answers.failures(AccessGraph.of(data))).isEmpty();
  }

  @Test
  void theSelfEscalatorReachesAdminByPutUserPolicyOnItself() {
    JsonNode p2 = null;
    for (JsonNode check : checks) {
      if (check.path("id").asText().startsWith("P2-")) {
        p2 = check;
      }
    }
    assertThat(p2).isNotNull();
    String user = p2.path("source").asText();
    AccessEdge edge =
        data.edges().stream()
            .filter(e -> e.from().equals(user) && e.method().equals("iam-007"))
            .findFirst()
            .orElseThrow();
    assertThat(edge.to()).isEqualTo(WellKnownNodes.accountAdmin(Arn.parse(user).account()));
    assertThat(edge.conditional()).isFalse();
    assertThat(edge.evidence()).anyMatch(l -> l.startsWith("iam:PutUserPolicy on " + user));
  }
}
