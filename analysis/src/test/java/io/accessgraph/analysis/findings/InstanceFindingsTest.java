package io.accessgraph.analysis.findings;

import static io.accessgraph.analysis.findings.Lab.A;
import static io.accessgraph.analysis.findings.Lab.ADMIN_POLICY;
import static io.accessgraph.analysis.findings.Lab.EC2_TRUST;
import static io.accessgraph.analysis.findings.TrustFindingsTest.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.analysis.graph.EdgeKind;
import org.junit.jupiter.api.Test;

class InstanceFindingsTest {
  @Test
  void aRunningImdsV1InstanceWithAnAdminRoleIsCriticalWithTheCommandToRequireImdsV2() {
    Lab lab = new Lab();
    String admin = lab.role(A, "ops", EC2_TRUST, ADMIN_POLICY);
    String instance = lab.instance(A, "i-0ops", "running", "optional", admin);

    Finding f = single(lab.findings(FindingType.IMDSV1_PRIVILEGED_INSTANCE));

    assertThat(f.id()).isEqualTo("F-IMDSV1-PRIVILEGED-INSTANCE:" + instance);
    assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(f.resource()).isEqualTo(instance);
    assertThat(f.title())
        .isEqualTo(
            "Instance i-0ops \"i-0ops-name\" allows IMDSv1 and its role leads to admin of account "
                + A);
    assertThat(f.remediation())
        .contains(
            "aws ec2 modify-instance-metadata-options --region us-east-1 --instance-id i-0ops"
                + " --http-tokens required");
    assertThat(f.path()).hasSize(1);
    assertThat(f.evidence()).anyMatch(e -> e.contains("HttpTokens=optional"));
  }

  @Test
  void stoppedOrConditionalIsHighAndImdsV2OrAnUnprivilegedRoleIsNoFinding() {
    Lab lab = new Lab();
    String admin = lab.role(A, "admin", EC2_TRUST, ADMIN_POLICY);
    String mfaHop = lab.role(A, "hop", EC2_TRUST, null);
    lab.edge(mfaHop, admin, EdgeKind.CAN_ASSUME, true);
    String reader = lab.role(A, "reader", EC2_TRUST, null);
    String stopped = lab.instance(A, "i-stopped", "stopped", "optional", admin);
    String conditional = lab.instance(A, "i-cond", "running", "optional", mfaHop);
    lab.instance(A, "i-v2", "running", "required", admin);
    lab.instance(A, "i-reader", "running", "optional", reader);
    lab.instance(A, "i-gone", "terminated", "optional", admin);

    var findings = lab.findings(FindingType.IMDSV1_PRIVILEGED_INSTANCE);

    assertThat(findings)
        .extracting(Finding::resource, Finding::severity)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(stopped, Severity.HIGH),
            org.assertj.core.groups.Tuple.tuple(conditional, Severity.HIGH));
  }

  @Test
  void aRunningInstanceWithoutProfileIsLowAndAStoppedOneIsNothing() {
    Lab lab = new Lab();
    String bastion = lab.instance(A, "i-bastion", "running", "required", null);
    lab.instance(A, "i-old", "stopped", "required", null);

    Finding f = single(lab.findings(FindingType.INSTANCE_WITHOUT_PROFILE));

    assertThat(f.resource()).isEqualTo(bastion);
    assertThat(f.severity()).isEqualTo(Severity.LOW);
    assertThat(f.title()).contains("CIS AWS 1.18");
    assertThat(f.remediation())
        .contains(
            "aws ec2 associate-iam-instance-profile --region us-east-1 --instance-id i-bastion");
  }
}
