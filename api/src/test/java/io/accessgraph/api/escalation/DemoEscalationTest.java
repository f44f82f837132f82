package io.accessgraph.api.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.analysis.escalation.AccessAnalyzer;
import io.accessgraph.analysis.escalation.catalog.MethodCatalog;
import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.analysis.graph.AccessPath;
import io.accessgraph.analysis.graph.EdgeKind;
import io.accessgraph.analysis.graph.TraversalOptions;
import io.accessgraph.analysis.graph.WellKnownNodes;
import io.accessgraph.ingest.demo.DemoOrganization;
import io.accessgraph.ingest.offline.OfflineSnapshotReader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The escalation edges of the bundled demo organization against what docs/demo.md plants. */
class DemoEscalationTest {
  static final String MGMT = "111111111111";
  static final String BOB = "arn:aws:iam::111111111111:user/bob";
  static final String OPS = "arn:aws:iam::111111111111:role/ops-automation-role";
  static final String INSTANCE = "arn:aws:ec2:us-east-1:555555555555:instance/i-0d3v0000000000001";
  static final String WEB_APP = "arn:aws:iam::555555555555:role/web-app-role";
  static final String PROD_DEPLOY = "arn:aws:iam::444444444444:role/deploy-role";

  static AccessGraphData data;
  static AccessGraph graph;

  @BeforeAll
  static void analyze() {
    data = AccessAnalyzer.analyze(new OfflineSnapshotReader().read(DemoOrganization.files()));
    graph = AccessGraph.of(data);
  }

  @Test
  void bobEscalatesToTheOpsRoleByLaunchingAnInstanceWithItsProfile() {
    AccessEdge edge = only(BOB, OPS);

    assertThat(edge.kind()).isEqualTo(EdgeKind.CAN_ESCALATE);
    assertThat(edge.method()).isEqualTo("ec2-001");
    assertThat(edge.conditional()).isFalse();
    assertThat(edge.evidence())
        .anyMatch(l -> l.startsWith("iam:PassRole on " + OPS) && l.contains("group/Developers"))
        .anyMatch(l -> l.startsWith("ec2:RunInstances on ") && l.contains("developer-ec2-launch"))
        .contains(
            "instance profile: arn:aws:iam::111111111111:instance-profile/ops-automation-profile");
    assertThat(MethodCatalog.get("ec2-001").steps(edge).get(0))
        .contains("--iam-instance-profile Name=ops-automation-profile");
  }

  @Test
  void bobBecomesAdminOfTheManagementAccountThroughTheOpsRole() {
    List<AccessPath> paths =
        graph.paths(BOB, WellKnownNodes.accountAdmin(MGMT), 1, TraversalOptions.defaults());

    assertThat(paths)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.edges())
                  .extracting(AccessEdge::method)
                  .containsExactly("ec2-001", "admin");
              assertThat(p.conditional()).isFalse();
            });
  }

  @Test
  void theIncidentPathIsStillTheShortestTwoHops() {
    List<AccessPath> paths = graph.paths(INSTANCE, PROD_DEPLOY, 3, TraversalOptions.defaults());

    assertThat(paths.get(0).edges())
        .extracting(e -> e.from() + " " + e.kind() + "/" + e.method() + " " + e.to())
        .containsExactly(
            INSTANCE + " RUNS_AS/ec2-instance-role " + WEB_APP,
            WEB_APP + " CAN_ASSUME/sts-001 " + PROD_DEPLOY);
  }

  @Test
  void theDormantAdminInstanceIsReachableByWhoeverMayRewriteItsUserData() {
    AccessEdge edge =
        only(
            "arn:aws:iam::444444444444:role/deployer",
            "arn:aws:iam::444444444444:role/batch-worker-role");

    assertThat(edge.method()).isEqualTo("ec2-002");
    assertThat(edge.evidence())
        .contains("resource: arn:aws:ec2:us-east-1:444444444444:instance/i-0b47c1e5d2a9f3601");
  }

  @Test
  void thirdPartyAccountsAreSourcesAndTheExternalIdMakesTheEdgeConditional() {
    AccessEdge withId =
        only(
            "arn:aws:iam::999988887777:root",
            "arn:aws:iam::444444444444:role/vendor-monitoring-role");
    AccessEdge withoutId =
        only("arn:aws:iam::888877776666:root", "arn:aws:iam::555555555555:role/vendor-audit-role");

    assertThat(withId.method()).isEqualTo("trust-account-root");
    assertThat(withId.conditional()).isTrue();
    assertThat(withId.conditions()).anyMatch(c -> c.contains("sts:ExternalId"));
    assertThat(withoutId.method()).isEqualTo("trust-account-root");
    assertThat(withoutId.conditional()).isFalse();
  }

  @Test
  void oneSidedAndBoundedPrincipalsHaveNoAssumeEdges() {
    assertThat(data.edges())
        .filteredOn(e -> e.kind() == EdgeKind.CAN_ASSUME)
        .noneMatch(e -> e.from().equals("arn:aws:iam::333333333333:user/machine/terraform-ci"))
        .noneMatch(e -> e.from().equals("arn:aws:iam::555555555555:role/developer"));
  }

  @Test
  void everyAdministratorReachesItsAdminNodeAndNoEdgeIsALoop() {
    assertThat(data.nodes())
        .filteredOn(n -> n.admin() && n.arn().startsWith("arn:"))
        .allSatisfy(
            n ->
                assertThat(data.edges())
                    .anyMatch(
                        e ->
                            e.from().equals(n.arn())
                                && e.to().equals(WellKnownNodes.accountAdmin(n.accountId()))
                                && e.method().equals("admin")));
    assertThat(data.edges()).noneMatch(e -> e.from().equals(e.to()));
  }

  private static AccessEdge only(String from, String to) {
    List<AccessEdge> edges =
        data.edges().stream().filter(e -> e.from().equals(from) && e.to().equals(to)).toList();
    assertThat(edges).as(from + " -> " + to).hasSize(1);
    return edges.get(0);
  }
}
