package io.accessgraph.api.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accessgraph.analysis.escalation.AccessAnalyzer;
import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.analysis.graph.WellKnownNodes;
import io.accessgraph.ingest.offline.OfflineSnapshotReader;
import io.accessgraph.ingest.synth.SynthOptions;
import io.accessgraph.ingest.synth.SyntheticOrganization;
import io.accessgraph.model.Arn;
import io.accessgraph.model.snapshot.Snapshot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every planted answer of a small synthetic organization (docs/synth.md). Two answers are read the
 * way the escalation analysis models them: a self-escalation step ({@code hops[i] == hops[i+1]},
 * P2) is an edge to "admin of the account", since the graph has no loops; and sts:AssumeRole by the
 * root of an account outside the snapshot (P3) carries the method {@code trust-account-root}.
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
  void everyPlantedPathIsThere() {
    int paths = 0;
    for (JsonNode check : checks) {
      if (!check.path("expect").asText().equals("path")) {
        continue;
      }
      paths++;
      JsonNode hops = check.path("hops");
      for (int i = 0; i + 1 < hops.size(); i++) {
        String from = hops.get(i).asText();
        String to = hops.get(i + 1).asText();
        String kind = check.path("edgeKinds").get(i).asText();
        String method = check.path("methods").get(i).asText();
        if (from.equals(to)) {
          to = WellKnownNodes.accountAdmin(Arn.parse(from).account());
        }
        if (method.equals("sts-001") && isOutsideRoot(from)) {
          method = "trust-account-root";
        }
        String target = to;
        String expected = method;
        assertThat(data.edges())
            .as(
                "%s step %d: %s -%s/%s-> %s",
                check.path("id").asText(), i, from, kind, expected, target)
            .anyMatch(
                e ->
                    e.from().equals(from)
                        && e.to().equals(target)
                        && e.kind().name().equals(kind)
                        && e.method().equals(expected));
      }
    }
    assertThat(paths).isGreaterThanOrEqualTo(3);
  }

  @Test
  void noForbiddenEdgeExists() {
    int negatives = 0;
    for (JsonNode check : checks) {
      if (!check.path("expect").asText().equals("no-edge")) {
        continue;
      }
      negatives++;
      String source = check.path("source").asText();
      String target = check.path("target").asText();
      String kind = check.path("edgeKinds").get(0).asText();
      List<AccessEdge> forbidden =
          data.edges().stream()
              .filter(e -> e.to().equals(target) && e.kind().name().equals(kind))
              .filter(e -> source.equals("*") || e.from().equals(source))
              .toList();
      assertThat(forbidden).as(check.path("id").asText()).isEmpty();
    }
    assertThat(negatives).isGreaterThanOrEqualTo(2);
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

  private static boolean isOutsideRoot(String arn) {
    Arn parsed = Arn.tryParse(arn);
    return parsed != null && parsed.isAccountRoot() && snapshot.account(parsed.account()).isEmpty();
  }
}
