package io.accessgraph.api.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.EdgeKind;
import io.accessgraph.analysis.graph.NodeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CytoscapeGraphTest {
  static final AccessNode A = new AccessNode("arn:a", NodeKind.ROLE, "111111111111", "a", false);
  static final AccessNode B = new AccessNode("arn:b", NodeKind.ROLE, "222222222222", "b", true);
  static final AccessNode C = new AccessNode("arn:c", NodeKind.ROLE, "222222222222", "c", false);
  static final List<AccessEdge> EDGES =
      List.of(
          new AccessEdge(
              "arn:a", "arn:b", EdgeKind.CAN_ASSUME, "sts-001", false, List.of(), List.of()),
          new AccessEdge(
              "arn:b", "arn:c", EdgeKind.CAN_ASSUME, "sts-001", true, List.of(), List.of()));

  @Test
  void withinTheCapEverythingIsDrawnWithAccountGroups() {
    CytoscapeGraph g = CytoscapeGraph.of(List.of(A, B, C), EDGES, 3);

    assertThat(g.truncated()).isFalse();
    assertThat(g.nodes()).hasSize(5);
    assertThat(g.edges()).hasSize(2);
  }

  @Test
  void overTheCapTheGraphIsCutAndSaysSo() {
    CytoscapeGraph g = CytoscapeGraph.of(List.of(A, B, C), EDGES, 2);

    assertThat(g.truncated()).isTrue();
    assertThat(g.nodes())
        .extracting(n -> (Object) ((java.util.Map<?, ?>) n.get("data")).get("id"))
        .containsExactly("arn:a", "arn:b", "account:111111111111", "account:222222222222");
    assertThat(g.edges()).hasSize(1);
  }
}
