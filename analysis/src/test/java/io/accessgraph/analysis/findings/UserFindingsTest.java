package io.accessgraph.analysis.findings;

import static io.accessgraph.analysis.findings.Lab.A;
import static io.accessgraph.analysis.findings.Lab.ADMIN_POLICY;
import static io.accessgraph.analysis.findings.Lab.EC2_TRUST;
import static io.accessgraph.analysis.findings.TrustFindingsTest.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.analysis.graph.EdgeKind;
import io.accessgraph.model.iam.AccessKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserFindingsTest {
  private static final AccessKey OLD =
      new AccessKey("AKIAOLD", "Active", "2021-03-14T09:00:00+00:00", "2024-12-31T10:00:00Z");
  private static final AccessKey OFF = new AccessKey("AKIAOFF", "Inactive", "2023-01-01", null);

  @Test
  void anActiveKeyOfAUserThatReachesAdminIsHighWithItsAgeAndPath() {
    Lab lab = new Lab();
    String user = lab.user(A, "terraform", null, List.of(OLD, OFF), null, false);
    String admin = lab.role(A, "deployer", EC2_TRUST, ADMIN_POLICY);
    lab.edge(user, admin, EdgeKind.CAN_ASSUME, false);

    Finding f = single(lab.findings(FindingType.LONG_LIVED_ACCESS_KEY));

    assertThat(f.id()).isEqualTo("F-LONG-LIVED-ACCESS-KEY:" + user + ":AKIAOLD");
    assertThat(f.severity()).isEqualTo(Severity.HIGH);
    assertThat(f.title())
        .isEqualTo("User terraform has an active access key AKIAOLD created 1388 days ago");
    assertThat(f.evidence())
        .contains(
            "access key AKIAOLD is Active, created 2021-03-14T09:00:00+00:00 (1388 days before the analysis)",
            "last used 2024-12-31T10:00:00Z",
            user + " can become admin of account " + A + " in 1 hop through " + admin);
    assertThat(f.path()).hasSize(1);
    assertThat(f.remediation())
        .contains(
            "aws iam update-access-key --user-name terraform --access-key-id AKIAOLD --status Inactive");
  }

  @Test
  void reachingOtherPrincipalsIsMediumAndReachingNothingLow() {
    Lab lab = new Lab();
    String reach =
        lab.user(
            A, "reach", null, List.of(new AccessKey("AKIAR", "Active", null, null)), null, null);
    String alone =
        lab.user(
            A,
            "alone",
            null,
            List.of(new AccessKey("AKIAL", "Active", "2024-12-01", null)),
            null,
            null);
    String reader = lab.role(A, "reader", EC2_TRUST, null);
    lab.edge(reach, reader, EdgeKind.CAN_ASSUME, false);

    var findings = lab.findings(FindingType.LONG_LIVED_ACCESS_KEY);

    assertThat(findings)
        .extracting(Finding::resource, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(reach, Severity.MEDIUM),
            org.assertj.core.groups.Tuple.tuple(alone, Severity.LOW));
    assertThat(findings.get(0).evidence())
        .contains(
            "access key AKIAR is Active, creation date unknown",
            "can become 1 other principal(s) in account(s) [" + A + "]");
    assertThat(findings.get(1).title()).endsWith("created 31 days ago");
  }

  @Test
  void aConsoleUserWithoutMfaIsReportedOnlyWhereTheDataSaysSo() {
    Lab lab = new Lab();
    String bob = lab.user(A, "bob", null, List.of(), false, true);
    String boss = lab.user(A, "boss", ADMIN_POLICY, List.of(), false, true);
    lab.user(A, "alice", null, List.of(), true, true);
    lab.user(A, "unknown-mfa", null, List.of(), null, true);
    lab.user(A, "unknown-password", null, List.of(), false, null);
    lab.user(A, "no-console", null, List.of(), false, false);

    var findings = lab.findings(FindingType.CONSOLE_USER_WITHOUT_MFA);

    assertThat(findings)
        .extracting(Finding::resource, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(boss, Severity.HIGH),
            org.assertj.core.groups.Tuple.tuple(bob, Severity.MEDIUM));
    assertThat(findings.get(1).id()).isEqualTo("F-CONSOLE-USER-WITHOUT-MFA:" + bob);
    assertThat(findings.get(1).remediation())
        .contains(
            "aws iam enable-mfa-device --user-name bob --serial-number arn:aws:iam::"
                + A
                + ":mfa/bob")
        .contains("aws iam delete-login-profile --user-name bob");
  }
}
