package io.accessgraph.analysis.findings;

import static io.accessgraph.analysis.findings.Lab.A;
import static io.accessgraph.analysis.findings.Lab.ADMIN_POLICY;
import static io.accessgraph.analysis.findings.Lab.B;
import static io.accessgraph.analysis.findings.Lab.OUTSIDE;
import static io.accessgraph.analysis.findings.Lab.trust;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustFindingsTest {
  private static final String OUTSIDE_ROOT = "{'AWS':'arn:aws:iam::" + OUTSIDE + ":root'}";

  @Test
  void anOutsideAccountWithoutExternalIdIsHighWithTheStatementAsEvidence() {
    Lab lab = new Lab().org(A, B);
    String role = lab.role(A, "vendor", trust(OUTSIDE_ROOT, null), null);

    Finding f = single(lab.findings(FindingType.EXTERNAL_TRUST));

    assertThat(f.id()).isEqualTo("F-EXTERNAL-TRUST:" + role + ":" + OUTSIDE);
    assertThat(f.severity()).isEqualTo(Severity.HIGH);
    assertThat(f.title())
        .isEqualTo(
            "Role vendor is trusted by account "
                + OUTSIDE
                + " outside the organization without an sts:ExternalId condition");
    assertThat(f.evidence())
        .contains(
            "trust policy of "
                + role
                + " statement 0: {\"Effect\":\"Allow\",\"Principal\":"
                + "{\"AWS\":\"arn:aws:iam::"
                + OUTSIDE
                + ":root\"},\"Action\":\"sts:AssumeRole\"}",
            "account " + OUTSIDE + " is not a member of organization o-lab");
    assertThat(f.remediation())
        .contains("\"sts:ExternalId\"")
        .contains("aws iam update-assume-role-policy --role-name vendor");
  }

  @Test
  void anExternalIdLowersItToMediumButANegatedOrWildcardOneDoesNot() {
    Lab lab = new Lab().org(A);
    lab.role(
        A, "with-id", trust(OUTSIDE_ROOT, "{'StringEquals':{'sts:ExternalId':'acme-7f3a'}}"), null);
    lab.role(A, "not-id", trust(OUTSIDE_ROOT, "{'StringNotEquals':{'sts:ExternalId':'x'}}"), null);
    lab.role(A, "any-id", trust(OUTSIDE_ROOT, "{'StringLike':{'sts:ExternalId':'*'}}"), null);

    List<Finding> findings = lab.findings(FindingType.EXTERNAL_TRUST);

    assertThat(findings)
        .extracting(
            f -> f.resource().substring(f.resource().lastIndexOf('/') + 1), Finding::severity)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("with-id", Severity.MEDIUM),
            org.assertj.core.groups.Tuple.tuple("not-id", Severity.HIGH),
            org.assertj.core.groups.Tuple.tuple("any-id", Severity.HIGH));
  }

  @Test
  void membersOfTheOrganizationAndTheRolesOwnAccountAreNotExternal() {
    Lab lab = new Lab().org(A, B);
    lab.role(
        A, "from-b", trust("{'AWS':['" + B + "','arn:aws:iam::" + B + ":role/ci']}", null), null);
    lab.role(A, "self", trust("{'AWS':'arn:aws:iam::" + A + ":root'}", null), null);
    lab.role(A, "service", trust("{'Service':'ec2.amazonaws.com'}", null), null);

    assertThat(lab.findings(FindingType.EXTERNAL_TRUST)).isEmpty();
  }

  @Test
  void withoutAnOrganizationOutsideMeansNotInTheSnapshot() {
    Lab lab = new Lab();
    lab.account(B);
    lab.role(A, "from-b", trust("{'AWS':'" + B + "'}", null), null);
    String role =
        lab.role(
            A, "from-outside", trust("{'AWS':'arn:aws:iam::" + OUTSIDE + ":role/x'}", null), null);

    Finding f = single(lab.findings(FindingType.EXTERNAL_TRUST));

    assertThat(f.resource()).isEqualTo(role);
    assertThat(f.evidence()).contains("account " + OUTSIDE + " is not in the snapshot");
  }

  @Test
  void aWildcardTrustIsCriticalWithoutConditions() {
    Lab lab = new Lab();
    String open = lab.role(A, "open", trust("'*'", null), ADMIN_POLICY);
    String openAws = lab.role(A, "open-aws", trust("{'AWS':'*'}", null), null);

    List<Finding> findings = lab.findings(FindingType.WILDCARD_TRUST);

    assertThat(findings).extracting(Finding::resource).containsExactly(open, openAws);
    assertThat(findings).allMatch(f -> f.severity() == Severity.CRITICAL);
    assertThat(findings.get(0).evidence())
        .contains(
            "trust policy of "
                + open
                + " statement 0: {\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sts:AssumeRole\"}")
        .contains(open + " is itself an administrator of account " + A);
    assertThat(lab.findings(FindingType.EXTERNAL_TRUST)).isEmpty();
  }

  @Test
  void aConditionPinningTheCallerLowersAWildcardTrustToLowAndOtherConditionsToHigh() {
    Lab lab = new Lab().org(A);
    lab.role(
        A,
        "org-only",
        trust("{'AWS':'*'}", "{'StringEquals':{'aws:PrincipalOrgID':'o-lab'}}"),
        null);
    lab.role(A, "ext-id", trust("{'AWS':'*'}", "{'StringEquals':{'sts:ExternalId':'x'}}"), null);
    lab.role(
        A,
        "if-exists",
        trust("{'AWS':'*'}", "{'StringEqualsIfExists':{'aws:PrincipalOrgID':'o-lab'}}"),
        null);

    List<Finding> findings = lab.findings(FindingType.WILDCARD_TRUST);

    assertThat(findings)
        .extracting(
            f -> f.resource().substring(f.resource().lastIndexOf('/') + 1), Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ext-id", Severity.HIGH),
            org.assertj.core.groups.Tuple.tuple("if-exists", Severity.HIGH),
            org.assertj.core.groups.Tuple.tuple("org-only", Severity.LOW));
    assertThat(findings.get(2).evidence())
        .contains("caller restricted by StringEquals aws:PrincipalOrgID [o-lab]");
    assertThat(findings.get(2).remediation()).contains("\"aws:PrincipalOrgID\":\"o-lab\"");
  }

  static Finding single(List<Finding> findings) {
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }
}
