package io.accessgraph.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccessGraphTest {
  // instance -> web -> deploy(admin); ci -> deploy; web -> audit (conditional)
  private static final String INSTANCE = "arn:aws:ec2:us-east-1:555555555555:instance/i-1";
  private static final String WEB = "arn:aws:iam::555555555555:role/web";
  private static final String DEPLOY = "arn:aws:iam::444444444444:role/deploy";
  private static final String CI = "arn:aws:iam::333333333333:role/ci";
  private static final String AUDIT = "arn:aws:iam::444444444444:role/audit";

  private final AccessGraph graph =
      AccessGraph.of(
          new AccessGraphData(
              List.of(
                  node(INSTANCE, NodeKind.EC2_INSTANCE, false),
                  node(WEB, NodeKind.ROLE, false),
                  node(DEPLOY, NodeKind.ROLE, true),
                  node(CI, NodeKind.ROLE, false),
                  node(AUDIT, NodeKind.ROLE, false)),
              List.of(
                  edge(INSTANCE, WEB, EdgeKind.RUNS_AS, false),
                  edge(WEB, DEPLOY, EdgeKind.CAN_ASSUME, false),
                  edge(CI, DEPLOY, EdgeKind.CAN_ASSUME, false),
                  edge(WEB, AUDIT, EdgeKind.CAN_ASSUME, true),
                  edge(AUDIT, DEPLOY, EdgeKind.CAN_ASSUME, false),
                  edge(WEB, WEB, EdgeKind.CAN_ASSUME, false))));

  @Test
  void shortestPathsComeFirstAndRespectK() {
    List<AccessPath> paths = graph.paths(INSTANCE, DEPLOY, 5, TraversalOptions.defaults());

    assertThat(paths).extracting(AccessPath::hops).containsExactly(2, 3);
    assertThat(paths.get(0).edges())
        .extracting(AccessEdge::from, AccessEdge::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(INSTANCE, WEB),
            org.assertj.core.groups.Tuple.tuple(WEB, DEPLOY));
    assertThat(paths.get(1).conditional()).isTrue();
    assertThat(graph.paths(INSTANCE, DEPLOY, 1, TraversalOptions.defaults())).hasSize(1);
  }

  @Test
  void conditionalEdgesCanBeLeftOut() {
    TraversalOptions strict = new TraversalOptions(8, false);

    assertThat(graph.paths(INSTANCE, DEPLOY, 5, strict))
        .extracting(AccessPath::hops)
        .containsExactly(2);
    assertThat(graph.reachableFrom(WEB, strict))
        .extracting(r -> r.node().arn())
        .containsExactly(DEPLOY);
  }

  @Test
  void maxHopsCutsLongerPaths() {
    assertThat(graph.paths(INSTANCE, DEPLOY, 5, new TraversalOptions(2, true))).hasSize(1);
    assertThat(graph.reachableFrom(INSTANCE, new TraversalOptions(1, true)))
        .extracting(r -> r.node().arn())
        .containsExactly(WEB);
  }

  @Test
  void blastRadiusListsEveryReachableNodeWithAShortestPath() {
    List<Reach> reach = graph.reachableFrom(INSTANCE, TraversalOptions.defaults());

    assertThat(reach).extracting(r -> r.node().arn()).containsExactlyInAnyOrder(WEB, DEPLOY, AUDIT);
    Reach deploy = reach.stream().filter(r -> r.node().arn().equals(DEPLOY)).findFirst().get();
    assertThat(deploy.hops()).isEqualTo(2);
    assertThat(deploy.path().source()).isEqualTo(INSTANCE);
    assertThat(deploy.path().target()).isEqualTo(DEPLOY);
  }

  @Test
  void whoCanReachWalksInbound() {
    List<Reach> reach = graph.reaching(DEPLOY, TraversalOptions.defaults());

    assertThat(reach)
        .extracting(r -> r.node().arn())
        .containsExactlyInAnyOrder(WEB, CI, AUDIT, INSTANCE);
    Reach instance = reach.stream().filter(r -> r.node().arn().equals(INSTANCE)).findFirst().get();
    assertThat(instance.path().source()).isEqualTo(INSTANCE);
    assertThat(instance.path().target()).isEqualTo(DEPLOY);
    assertThat(instance.hops()).isEqualTo(2);
  }

  @Test
  void selfLoopsAreDroppedAndUnknownNodesRefused() {
    assertThat(graph.outgoing(WEB)).extracting(AccessEdge::to).doesNotContain(WEB);
    assertThatThrownBy(
            () -> graph.reachableFrom("arn:aws:iam::1:role/nope", TraversalOptions.defaults()))
        .isInstanceOf(UnknownNodeException.class)
        .hasMessageContaining("arn:aws:iam::1:role/nope");
  }

  @Test
  void resolvesInstanceIdsAndAssumedRoleSessions() {
    assertThat(graph.resolve("i-1").arn()).isEqualTo(INSTANCE);
    assertThat(graph.resolve("arn:aws:sts::444444444444:assumed-role/deploy/alice").arn())
        .isEqualTo(DEPLOY);
    assertThat(graph.resolve(WEB).arn()).isEqualTo(WEB);
    assertThatThrownBy(() -> graph.resolve("i-2")).isInstanceOf(UnknownNodeException.class);
    assertThatThrownBy(() -> graph.resolve("arn:aws:sts::555555555555:assumed-role/deploy/x"))
        .isInstanceOf(UnknownNodeException.class);
  }

  private static AccessNode node(String arn, NodeKind kind, boolean admin) {
    return new AccessNode(
        arn, kind, arn.split(":")[4], arn.substring(arn.lastIndexOf('/') + 1), admin);
  }

  private static AccessEdge edge(String from, String to, EdgeKind kind, boolean conditional) {
    return new AccessEdge(from, to, kind, "sts-001", conditional, List.of(), List.of());
  }
}
