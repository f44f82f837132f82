package io.accessgraph.analysis.findings;

import static io.accessgraph.analysis.findings.Lab.A;
import static io.accessgraph.analysis.findings.Lab.ADMIN_POLICY;
import static io.accessgraph.analysis.findings.Lab.EC2_TRUST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdminFindingsTest {
  @Test
  void everyAdministratorIsAnInfoFindingWithTheGrantingStatementAndTheCommandToRemoveIt() {
    Lab lab = new Lab();
    String admin = lab.role(A, "ops", EC2_TRUST, ADMIN_POLICY);
    lab.role(
        A,
        "reader",
        EC2_TRUST,
        "{'Statement':{'Effect':'Allow','Action':'s3:Get*','Resource':'*'}}");

    List<Finding> findings = lab.findings(FindingType.ADMIN);

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.id()).isEqualTo("F-ADMIN:" + admin);
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.resource()).isEqualTo(admin);
    assertThat(f.account()).isEqualTo(A);
    assertThat(f.title()).isEqualTo("Role ops is an administrator of account " + A);
    assertThat(f.evidence()).anyMatch(e -> e.contains(admin + "#inline:inline statement 0"));
    assertThat(f.remediation())
        .contains("aws iam delete-role-policy --role-name ops --policy-name inline");
    assertThat(f.path()).isEmpty();
  }

  @Test
  void anAdministratorOnlyUnderConditionsIsListedWithTheConditions() {
    Lab lab = new Lab();
    String admin =
        lab.role(
            A,
            "break-glass",
            EC2_TRUST,
            "{'Statement':{'Effect':'Allow','Action':'*','Resource':'*',"
                + "'Condition':{'Bool':{'aws:MultiFactorAuthPresent':'true'}}}}");

    List<Finding> findings = lab.findings(FindingType.ADMIN);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.resource()).isEqualTo(admin);
              assertThat(f.title()).endsWith("(under conditions)");
              assertThat(f.evidence())
                  .anyMatch(
                      e -> e.startsWith("only when: ") && e.contains("aws:MultiFactorAuthPresent"));
            });
    assertThat(lab.findings(FindingType.ESCALATION_TO_ADMIN)).isEmpty();
  }

  @Test
  void noAdministratorsNoAdminFindings() {
    Lab lab = new Lab();
    lab.role(
        A,
        "reader",
        EC2_TRUST,
        "{'Statement':{'Effect':'Allow','Action':'*','Resource':'arn:aws:s3:::b/*'}}");
    assertThat(lab.findings(FindingType.ADMIN)).isEmpty();
  }
}
