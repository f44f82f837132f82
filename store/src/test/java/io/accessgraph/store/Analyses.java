package io.accessgraph.store;

import static io.accessgraph.store.Fixtures.DEV;
import static io.accessgraph.store.Fixtures.INJECTION;
import static io.accessgraph.store.Fixtures.PROD;
import static io.accessgraph.store.Fixtures.THIRD_PARTY;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.EdgeKind;
import io.accessgraph.analysis.graph.NodeKind;
import java.util.Comparator;
import java.util.List;

/** Analysis results over {@link Fixtures}, hand-built. */
final class Analyses {
  static final String INSTANCE = "arn:aws:ec2:eu-west-1:" + PROD + ":instance/i-0app";
  static final String APP = "arn:aws:iam::" + PROD + ":role/app";
  static final String DEPLOY = "arn:aws:iam::" + PROD + ":role/deploy";
  static final String ALICE = "arn:aws:iam::" + PROD + ":user/alice";
  static final String CI = "arn:aws:iam::" + DEV + ":role/ci-runner";
  static final String EXTERNAL = "arn:aws:iam::" + THIRD_PARTY + ":root";

  private Analyses() {}

  static AccessGraphData full() {
    return new AccessGraphData(
        List.of(
            new AccessNode(INSTANCE, NodeKind.EC2_INSTANCE, PROD, "i-0app-name", false),
            new AccessNode(APP, NodeKind.ROLE, PROD, "app", false),
            new AccessNode(DEPLOY, NodeKind.ROLE, PROD, "deploy", true),
            new AccessNode(ALICE, NodeKind.USER, PROD, "alice", true),
            new AccessNode(CI, NodeKind.ROLE, DEV, "ci-runner", true),
            new AccessNode(EXTERNAL, NodeKind.ACCOUNT, THIRD_PARTY, THIRD_PARTY, false),
            new AccessNode(
                "lambda.amazonaws.com",
                NodeKind.SERVICE_PRINCIPAL,
                null,
                "lambda.amazonaws.com",
                false),
            new AccessNode("admin:" + PROD, NodeKind.ACCOUNT_ADMIN, PROD, "admin of prod", false)),
        List.of(
            edge(INSTANCE, APP, EdgeKind.RUNS_AS, "ec2-instance-profile", List.of()),
            edge(APP, CI, EdgeKind.CAN_ASSUME, "sts-001", List.of()),
            edge(EXTERNAL, DEPLOY, EdgeKind.CAN_ASSUME, "sts-001", List.of("sts:ExternalId")),
            edge("lambda.amazonaws.com", APP, EdgeKind.CAN_ASSUME, "sts-001", List.of()),
            edge(ALICE, DEPLOY, EdgeKind.CAN_ESCALATE, "iam-001", List.of()),
            edge(
                ALICE,
                DEPLOY,
                EdgeKind.CAN_ESCALATE,
                "iam-002",
                List.of("aws:MultiFactorAuthPresent"))));
  }

  static AccessGraphData smaller() {
    return new AccessGraphData(
        List.of(
            new AccessNode(INSTANCE, NodeKind.EC2_INSTANCE, PROD, "i-0app-name", false),
            new AccessNode(APP, NodeKind.ROLE, PROD, "app", false)),
        List.of(edge(INSTANCE, APP, EdgeKind.RUNS_AS, "ec2-instance-profile", List.of())));
  }

  private static AccessEdge edge(
      String from, String to, EdgeKind kind, String method, List<String> conditions) {
    return new AccessEdge(
        from,
        to,
        kind,
        method,
        !conditions.isEmpty(),
        conditions,
        List.of(method + " allowed by " + from + " statement 0 (Sid " + INJECTION + ")"));
  }

  /** In the order the store reads: nodes by ARN, edges by from, to, kind, method. */
  static AccessGraphData sorted(AccessGraphData data) {
    return new AccessGraphData(
        data.nodes().stream().sorted(Comparator.comparing(AccessNode::arn)).toList(),
        data.edges().stream()
            .sorted(
                Comparator.comparing(AccessEdge::from)
                    .thenComparing(AccessEdge::to)
                    .thenComparing(AccessEdge::kind)
                    .thenComparing(AccessEdge::method))
            .toList());
  }
}
