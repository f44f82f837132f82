package io.accessgraph.analysis.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accessgraph.analysis.escalation.catalog.EscalationMethod;
import io.accessgraph.analysis.escalation.catalog.MethodCatalog;
import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.EdgeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MethodCatalogTest {
  /** Every path id of pathfinding.cloud 84dd65c97fc2 (data/paths/**.yaml). */
  static final List<String> PATHFINDING =
      List.of(
          "apprunner-001",
          "apprunner-002",
          "bedrock-001",
          "bedrock-002",
          "cloudformation-001",
          "cloudformation-002",
          "cloudformation-003",
          "cloudformation-004",
          "cloudformation-005",
          "codebuild-001",
          "codebuild-002",
          "codebuild-003",
          "codebuild-004",
          "datapipeline-001",
          "ec2instanceconnect-003",
          "ec2-001",
          "ec2-002",
          "ec2-003",
          "ec2-004",
          "ecs-001",
          "ecs-002",
          "ecs-003",
          "ecs-004",
          "ecs-005",
          "glue-001",
          "glue-002",
          "glue-003",
          "glue-004",
          "glue-005",
          "glue-006",
          "iam-001",
          "iam-002",
          "iam-003",
          "iam-004",
          "iam-005",
          "iam-006",
          "iam-007",
          "iam-008",
          "iam-009",
          "iam-010",
          "iam-011",
          "iam-012",
          "iam-013",
          "iam-014",
          "iam-015",
          "iam-016",
          "iam-017",
          "iam-018",
          "iam-019",
          "iam-020",
          "iam-021",
          "lambda-001",
          "lambda-002",
          "lambda-003",
          "lambda-004",
          "lambda-005",
          "lambda-006",
          "sagemaker-001",
          "sagemaker-002",
          "sagemaker-003",
          "sagemaker-004",
          "sagemaker-005",
          "ssm-001",
          "ssm-002",
          "sts-001");

  /** The README's known gaps and the edges the analyzer derives itself. */
  static final List<String> OWN =
      List.of(
          "iam-setdefaultpolicyversion",
          "lambda-layer-injection",
          "autoscaling-passrole",
          "autoscaling-launchtemplate-passrole",
          "ec2-launchtemplate-passrole",
          "codebuild-updateproject-passrole",
          "iam-createrole-self",
          "iam-createrole-attach-self",
          "iam-instanceprofile-create",
          "ec2-instanceprofile-associate",
          "ec2-instanceprofile-replace",
          "trust-account-root",
          "trust-wildcard",
          "federation-oidc",
          "federation-saml",
          "ec2-instance-role",
          "admin",
          "ec2-serialconsole-sshkey",
          "ecs-executecommand",
          "lambda-updateconfig-passrole");

  static final Set<String> RULES =
      Set.of(
          "trust",
          "admin",
          "instance-role",
          "federation",
          "iam-self-inline",
          "iam-self-attach",
          "iam-group-self",
          "iam-policy-version-self",
          "iam-default-version-self",
          "iam-add-to-group",
          "iam-createrole-self",
          "iam-user-credentials",
          "iam-role-takeover",
          "iam-principal-policy",
          "passrole",
          "existing-resource",
          "instance");

  @Test
  void holdsEveryPathfindingMethodAndTheKnownGapsAndNothingElse() {
    List<String> expected = new ArrayList<>(PATHFINDING);
    expected.addAll(OWN);

    assertThat(MethodCatalog.all())
        .extracting(EscalationMethod::id)
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(MethodCatalog.all())
        .filteredOn(m -> PATHFINDING.contains(m.id()))
        .allMatch(m -> m.origin().equals("pathfinding.cloud"));
    assertThat(MethodCatalog.all())
        .filteredOn(m -> OWN.contains(m.id()))
        .allMatch(m -> m.origin().equals("accessgraph"));
  }

  @Test
  void everyMethodIsComplete() {
    for (EscalationMethod m : MethodCatalog.all()) {
      assertThat(RULES).as(m.id()).contains(m.rule());
      assertThat(m.stepTemplates()).as(m.id()).isNotEmpty();
      assertThat(m.description()).as(m.id()).hasSizeGreaterThan(40);
      assertThat(m.remediation()).as(m.id()).hasSizeGreaterThan(40);
      m.permissions().forEach(p -> assertThat(p).as(m.id()).matches("[a-z0-9-]+:[A-Za-z]+"));
      if (m.rule().equals("passrole")) {
        assertThat(m.permissions()).as(m.id()).contains("iam:PassRole");
        assertThat(m.trustedServices()).as(m.id()).isNotEmpty();
        assertThat(m.passedToService()).as(m.id()).endsWith(".amazonaws.com");
      }
      if (m.rule().equals("existing-resource") || m.rule().equals("instance")) {
        assertThat(m.needsExistingResource()).as(m.id()).isTrue();
        assertThat(m.resourceActions()).as(m.id()).isNotEmpty();
      }
    }
  }

  @Test
  void anUnknownIdIsAClearError() {
    assertThatThrownBy(() -> MethodCatalog.get("iam-999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("iam-999");
    assertThat(MethodCatalog.find("iam-999")).isEmpty();
  }

  @Test
  void stepsFillWhatTheEdgeKnowsAndShowWhatItDoesNot() {
    AccessEdge edge =
        new AccessEdge(
            "arn:aws:iam::111111111111:user/bob",
            "arn:aws:iam::111111111111:role/web",
            EdgeKind.CAN_ESCALATE,
            "lambda-003",
            false,
            List.of(),
            List.of("resource: arn:aws:lambda:eu-west-1:111111111111:function:orders"));

    assertThat(MethodCatalog.get("lambda-003").steps(edge))
        .containsExactly(
            "aws lambda update-function-code --region eu-west-1 --function-name orders"
                + " --zip-file fileb://payload.zip");
    assertThat(MethodCatalog.get("ec2-001").steps(edge).get(0))
        .contains("--iam-instance-profile Name=<profile-name>", "--region eu-west-1");
  }
}
