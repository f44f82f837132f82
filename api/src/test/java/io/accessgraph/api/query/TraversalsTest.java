package io.accessgraph.api.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.EdgeKind;
import io.accessgraph.analysis.graph.NodeKind;
import io.accessgraph.analysis.graph.Reach;
import io.accessgraph.analysis.graph.TraversalOptions;
import io.accessgraph.api.view.Escalation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A tiny named graph: i → a → b(admin), c → b(admin) conditionally, d → e(admin) → f, g alone. */
class TraversalsTest {
  static final AccessGraph GRAPH =
      AccessGraph.of(
          new AccessGraphData(
              List.of(
                  node("i", NodeKind.EC2_INSTANCE, false),
                  node("a", NodeKind.ROLE, false),
                  node("b", NodeKind.ROLE, true),
                  node("c", NodeKind.USER, false),
                  node("d", NodeKind.USER, false),
                  node("e", NodeKind.ROLE, true),
                  node("f", NodeKind.ROLE, false),
                  node("g", NodeKind.ROLE, false)),
              List.of(
                  edge("i", "a", EdgeKind.RUNS_AS, false),
                  edge("a", "b", EdgeKind.CAN_ASSUME, false),
                  edge("c", "b", EdgeKind.CAN_ASSUME, true),
                  edge("d", "e", EdgeKind.CAN_ESCALATE, false),
                  edge("e", "f", EdgeKind.CAN_ASSUME, false))));

  @Test
  void reachingAnyFindsEachNodeOnceWithItsPathToTheNearestTarget() {
    List<Reach> reach =
        Traversals.reachingAny(GRAPH, List.of(arn("b"), arn("e")), TraversalOptions.defaults());

    assertThat(reach)
        .extracting(r -> name(r.node().arn()) + ":" + r.hops() + ":" + name(r.path().target()))
        .containsExactlyInAnyOrder("a:1:b", "c:1:b", "d:1:e", "i:2:b");
  }

  @Test
  void maxHopsAndConditionalEdgesAreRespected() {
    List<Reach> reach =
        Traversals.reachingAny(GRAPH, List.of(arn("b")), new TraversalOptions(1, false));

    assertThat(reach).extracting(r -> name(r.node().arn())).containsExactly("a");
  }

  @Test
  void escalationsAreNonAdminsThatReachAnAdminWithTheirShortestPath() {
    List<Escalation> escalations =
        new EscalationIndex(GRAPH)
            .all(TraversalOptions.defaults()).stream()
                .map(EscalationIndex.Entry::escalation)
                .toList();

    assertThat(escalations)
        .extracting(e -> name(e.principal()) + "->" + name(e.target()) + ":" + e.hops())
        .containsExactly("a->b:1", "c->b:1", "d->e:1", "i->b:2");
    assertThat(escalations.get(1).path().get(0).conditional()).isTrue();
    assertThat(escalations.get(3).path())
        .extracting(s -> name(s.from()) + ">" + name(s.to()) + "/" + s.method())
        .containsExactly("i>a/m-i-a", "a>b/m-a-b");
  }

  private static AccessNode node(String name, NodeKind kind, boolean admin) {
    return new AccessNode(arn(name), kind, "111111111111", name, admin);
  }

  private static AccessEdge edge(String from, String to, EdgeKind kind, boolean conditional) {
    return new AccessEdge(
        arn(from),
        arn(to),
        kind,
        "m-" + from + "-" + to,
        conditional,
        conditional ? List.of("aws:MultiFactorAuthPresent") : List.of(),
        List.of());
  }

  private static String arn(String name) {
    return "arn:aws:iam::111111111111:role/" + name;
  }

  private static String name(String arn) {
    return arn.substring(arn.lastIndexOf('/') + 1);
  }
}
