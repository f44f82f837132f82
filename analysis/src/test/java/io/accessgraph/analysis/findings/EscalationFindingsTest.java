package io.accessgraph.analysis.findings;

import static io.accessgraph.analysis.findings.Lab.A;
import static io.accessgraph.analysis.findings.Lab.ADMIN_POLICY;
import static io.accessgraph.analysis.findings.Lab.B;
import static io.accessgraph.analysis.findings.Lab.EC2_TRUST;
import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.EdgeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscalationFindingsTest {
  @Test
  void anInstanceWhoseRoleAssumesAnAdminRoleInAnotherAccountIsCriticalWithItsPath() {
    Lab lab = new Lab();
    String web = lab.role(A, "web", EC2_TRUST, null);
    String deploy = lab.role(B, "deploy", EC2_TRUST, ADMIN_POLICY);
    String instance = lab.instance(A, "i-web", "running", "required", web);
    lab.edge(web, deploy, EdgeKind.CAN_ASSUME, false);

    List<Finding> findings = lab.findings(FindingType.ESCALATION_TO_ADMIN);

    assertThat(findings).extracting(Finding::resource).containsExactlyInAnyOrder(instance, web);
    Finding f = byResource(findings, instance);
    assertThat(f.id()).isEqualTo("F-ESCALATION-TO-ADMIN:" + instance);
    assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(f.account()).isEqualTo(A);
    assertThat(f.title())
        .isEqualTo("Instance i-web-name can become admin of account " + B + " in 2 hops");
    assertThat(f.path())
        .extracting(AccessEdge::from, AccessEdge::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(instance, web),
            org.assertj.core.groups.Tuple.tuple(web, deploy));
    assertThat(f.remediation())
        .contains("1) ")
        .contains("2) remove " + web + " from the trust policy of " + deploy)
        .contains("aws iam update-assume-role-policy --role-name deploy");
    assertThat(byResource(findings, web).path()).hasSize(1);
  }

  @Test
  void severityFallsWithConditionsAndLength() {
    Lab lab = new Lab();
    String r1 = lab.role(A, "r1", EC2_TRUST, null);
    String r2 = lab.role(A, "r2", EC2_TRUST, null);
    String r3 = lab.role(A, "r3", EC2_TRUST, null);
    String mfaUser = lab.user(A, "mfa", null, List.of(), null, null);
    String admin = lab.role(A, "admin", EC2_TRUST, ADMIN_POLICY);
    lab.edge(r1, r2, EdgeKind.CAN_ASSUME, false)
        .edge(r2, r3, EdgeKind.CAN_ASSUME, false)
        .edge(r3, admin, EdgeKind.CAN_ESCALATE, false)
        .edge(mfaUser, admin, EdgeKind.CAN_ASSUME, true);

    List<Finding> findings = lab.findings(FindingType.ESCALATION_TO_ADMIN);

    assertThat(byResource(findings, r3).severity()).isEqualTo(Severity.CRITICAL);
    assertThat(byResource(findings, r1).severity()).isEqualTo(Severity.HIGH);
    assertThat(byResource(findings, r1).path()).hasSize(3);
    Finding conditional = byResource(findings, mfaUser);
    assertThat(conditional.severity()).isEqualTo(Severity.HIGH);
    assertThat(conditional.title()).endsWith("(conditional)");
    assertThat(conditional.evidence())
        .anyMatch(e -> e.endsWith("only if aws:MultiFactorAuthPresent"));
    assertThat(findings).noneMatch(f -> f.resource().equals(admin));
  }

  @Test
  void anUnconditionalPathIsPreferredToAShorterConditionalOne() {
    Lab lab = new Lab();
    String user = lab.user(A, "dev", null, List.of(), null, null);
    String hop = lab.role(A, "hop", EC2_TRUST, null);
    String admin = lab.role(A, "admin", EC2_TRUST, ADMIN_POLICY);
    lab.edge(user, admin, EdgeKind.CAN_ASSUME, true)
        .edge(user, hop, EdgeKind.CAN_ASSUME, false)
        .edge(hop, admin, EdgeKind.CAN_ASSUME, false);

    Finding f = byResource(lab.findings(FindingType.ESCALATION_TO_ADMIN), user);

    assertThat(f.path()).extracting(AccessEdge::to).containsExactly(hop, admin);
    assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
  }

  @Test
  void aStoppedInstanceIsOneStepLowerAndOtherAdminAccountsAreNamed() {
    Lab lab = new Lab();
    String batch = lab.role(A, "batch", EC2_TRUST, ADMIN_POLICY);
    String other = lab.role(B, "other-admin", EC2_TRUST, ADMIN_POLICY);
    lab.edge(batch, other, EdgeKind.CAN_ASSUME, false);
    String instance = lab.instance(A, "i-batch", "stopped", "optional", batch);

    Finding f = byResource(lab.findings(FindingType.ESCALATION_TO_ADMIN), instance);

    assertThat(f.severity()).isEqualTo(Severity.HIGH);
    assertThat(f.title()).contains("admin of account " + A + " in 1 hop");
    assertThat(f.evidence()).contains("the instance is stopped: the path opens once it is started");
    assertThat(f.evidence()).anyMatch(e -> e.equals("also reaches admin of " + B + " (2 hops)"));
  }

  @Test
  void selfEscalationToTheAccountAdminNodeCountsAndOutsidersAreNoSources() {
    Lab lab = new Lab();
    String user = lab.user(A, "self", null, List.of(), null, null);
    String admin = lab.role(A, "admin", EC2_TRUST, ADMIN_POLICY);
    String outsider = "arn:aws:iam::" + Lab.OUTSIDE + ":root";
    lab.edge(user, Lab.accountAdmin(A), EdgeKind.CAN_ESCALATE, false)
        .edge(outsider, admin, EdgeKind.CAN_ASSUME, false);

    List<Finding> findings = lab.findings(FindingType.ESCALATION_TO_ADMIN);

    assertThat(findings).extracting(Finding::resource).containsExactly(user);
    assertThat(findings.get(0).path()).hasSize(1);
    assertThat(lab.findings(FindingType.ADMIN))
        .extracting(Finding::resource)
        .containsExactly(admin);
  }

  @Test
  void theRemediationNamesTheStatementsToChangeOnceAndLeavesOutOrganizationPolicies() {
    Lab lab = new Lab();
    String user = lab.user(A, "dev", null, List.of(), null, null);
    String admin = lab.role(A, "admin", EC2_TRUST, ADMIN_POLICY);
    String identity = "sts:AssumeRole allowed by " + user + "#inline:assume statement 0";
    String scp =
        "sts:AssumeRole allowed by arn:aws:organizations::aws:policy/service_control_policy/"
            + "p-FullAWSAccess statement 0";
    lab.edge(
        new AccessEdge(
            user,
            admin,
            EdgeKind.CAN_ASSUME,
            "sts-001",
            false,
            List.of(),
            List.of(identity, scp, scp, identity)));

    Finding f = byResource(lab.findings(FindingType.ESCALATION_TO_ADMIN), user);

    assertThat(f.remediation())
        .contains("remove " + user + " from the trust policy of " + admin)
        .contains("(" + identity + ")")
        .doesNotContain("service_control_policy");
  }

  static Finding byResource(List<Finding> findings, String resource) {
    return findings.stream()
        .filter(f -> f.resource().equals(resource))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finding for " + resource + " in " + findings));
  }
}
