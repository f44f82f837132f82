package io.accessgraph.analysis.findings;

import static io.accessgraph.analysis.findings.Lab.A;
import static io.accessgraph.analysis.findings.Lab.ADMIN_POLICY;
import static io.accessgraph.analysis.findings.Lab.B;
import static io.accessgraph.analysis.findings.Lab.EC2_TRUST;
import static io.accessgraph.analysis.findings.Lab.OUTSIDE;
import static io.accessgraph.analysis.findings.Lab.trust;
import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.analysis.escalation.AccessAnalyzer;
import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.analysis.policy.PolicyEngine;
import io.accessgraph.model.iam.AccessKey;
import io.accessgraph.model.policy.PolicyDocumentParser;
import io.accessgraph.model.snapshot.Snapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsAnalyzerTest {
  /** The canonical chain plus a little of everything, analyzed by the real analysis. */
  private static Lab world() {
    Lab lab = new Lab().org(A, B);
    String web =
        lab.role(
            A,
            "web",
            EC2_TRUST,
            "{'Statement':{'Effect':'Allow','Action':'sts:AssumeRole','Resource':'"
                + Lab.roleArn(B, "deploy")
                + "'}}");
    lab.role(B, "deploy", trust("{'AWS':'" + web + "'}", null), ADMIN_POLICY);
    lab.role(B, "vendor", trust("{'AWS':'arn:aws:iam::" + OUTSIDE + ":root'}", null), null);
    lab.instance(A, "i-web", "running", "optional", web);
    lab.instance(A, "i-bare", "running", "required", null);
    lab.user(
        A, "ci", null, List.of(new AccessKey("AKIACI", "Active", "2024-01-01", null)), false, true);
    return lab;
  }

  @Test
  void findsTheCanonicalChainOverTheRealAnalysisMostSevereFirstWithUniqueIds() {
    Lab lab = world();
    Snapshot snapshot = lab.snapshot();
    PolicyEngine engine = PolicyEngine.of(snapshot);
    AccessGraphData graph = new AccessAnalyzer(snapshot, engine).analyze();

    List<Finding> findings = FindingsAnalyzer.analyze(snapshot, engine, graph, Lab.NOW);

    String instance = "arn:aws:ec2:us-east-1:" + A + ":instance/i-web";
    assertThat(findings)
        .extracting(f -> f.type() + " " + f.severity() + " " + f.resource())
        .containsExactly(
            "ESCALATION_TO_ADMIN CRITICAL " + instance,
            "ESCALATION_TO_ADMIN CRITICAL " + Lab.roleArn(A, "web"),
            "IMDSV1_PRIVILEGED_INSTANCE CRITICAL " + instance,
            "EXTERNAL_TRUST HIGH " + Lab.roleArn(B, "vendor"),
            "CONSOLE_USER_WITHOUT_MFA MEDIUM " + Lab.userArn(A, "ci"),
            "INSTANCE_WITHOUT_PROFILE LOW arn:aws:ec2:us-east-1:" + A + ":instance/i-bare",
            "LONG_LIVED_ACCESS_KEY LOW " + Lab.userArn(A, "ci"),
            "ADMIN INFO " + Lab.roleArn(B, "deploy"));
    Finding escalation = findings.get(0);
    assertThat(escalation.path())
        .extracting(AccessEdge::from)
        .startsWith(instance, Lab.roleArn(A, "web"));
    assertThat(escalation.path().get(1).to()).isEqualTo(Lab.roleArn(B, "deploy"));
    assertThat(findings).extracting(Finding::id).doesNotHaveDuplicates();
    assertThat(FindingsAnalyzer.analyze(snapshot, engine, graph, Lab.NOW)).isEqualTo(findings);
  }

  @Test
  void statementsAreWrittenBackAsJsonWithEscapes() {
    var statement =
        PolicyDocumentParser.parse(
                "{\"Statement\":{\"Sid\":\"a\\\"b\",\"Effect\":\"Allow\","
                    + "\"Principal\":{\"Service\":\"x\",\"AWS\":[\"1\",\"2\"]},"
                    + "\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":{\"k\":\"v\"}}}}")
            .statements()
            .get(0);
    assertThat(StatementJson.of(statement))
        .isEqualTo(
            "{\"Sid\":\"a\\\"b\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"1\",\"2\"],"
                + "\"Service\":\"x\"},\"Action\":\"sts:AssumeRole\","
                + "\"Condition\":{\"StringEquals\":{\"k\":\"v\"}}}");
  }
}
