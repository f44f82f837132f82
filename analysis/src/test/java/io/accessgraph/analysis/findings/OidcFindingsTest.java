package io.accessgraph.analysis.findings;

import static io.accessgraph.analysis.findings.Lab.A;
import static io.accessgraph.analysis.findings.Lab.ADMIN_POLICY;
import static io.accessgraph.analysis.findings.TrustFindingsTest.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OidcFindingsTest {
  private static final String GITHUB =
      "arn:aws:iam::" + A + ":oidc-provider/token.actions.githubusercontent.com";
  private static final String AUD =
      "'StringEquals':{'token.actions.githubusercontent.com:aud':'sts.amazonaws.com'}";

  private static String github(String conditions) {
    return "{'Statement':{'Effect':'Allow','Principal':{'Federated':'"
        + GITHUB
        + "'},'Action':'sts:AssumeRoleWithWebIdentity','Condition':{"
        + conditions
        + "}}}";
  }

  private static String sub(String op, String value) {
    return "'" + op + "':{'token.actions.githubusercontent.com:sub':'" + value + "'}";
  }

  @Test
  void aGithubRoleWithOnlyTheAudienceIsCriticalWhenItIsAdmin() {
    Lab lab = new Lab();
    String role = lab.role(A, "legacy", github(AUD), ADMIN_POLICY);

    Finding f = single(lab.findings(FindingType.OIDC_TRUST_UNRESTRICTED));

    assertThat(f.id()).isEqualTo("F-OIDC-TRUST-UNRESTRICTED:" + role + ":" + GITHUB + ":0");
    assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(f.title())
        .isEqualTo(
            "Role legacy can be assumed through OIDC provider token.actions.githubusercontent.com"
                + " by a workflow of any GitHub repository");
    assertThat(f.evidence())
        .contains(
            "no condition on token.actions.githubusercontent.com:sub: the token's subject is not"
                + " checked");
    assertThat(f.remediation())
        .contains("token.actions.githubusercontent.com:sub")
        .contains("repo:<owner>/<repository>:ref:refs/heads/<branch>");
  }

  @Test
  void aPinnedSubjectAndAudienceGiveNoFinding() {
    Lab lab = new Lab();
    lab.role(
        A,
        "deploy",
        github(AUD + "," + sub("StringLike", "repo:acme/infra:ref:refs/heads/main")),
        ADMIN_POLICY);
    lab.role(A, "any-ref", github(AUD + "," + sub("StringLike", "repo:acme/infra:*")), null);
    assertThat(lab.findings(FindingType.OIDC_TRUST_UNRESTRICTED)).isEmpty();
  }

  @Test
  void wildcardSubjectsAreWeakAndSaidSo() {
    Lab lab = new Lab();
    lab.role(A, "star", github(AUD + "," + sub("StringLike", "*")), null);
    lab.role(A, "owner-wide", github(AUD + "," + sub("StringLike", "repo:acme/*")), null);
    lab.role(A, "any-owner", github(AUD + "," + sub("StringLike", "repo:*/infra:*")), null);
    lab.role(
        A,
        "owner-wide-admin",
        github(AUD + "," + sub("StringLike", "repo:acme/*:ref:refs/heads/main")),
        ADMIN_POLICY);

    List<Finding> findings = lab.findings(FindingType.OIDC_TRUST_UNRESTRICTED);

    assertThat(findings)
        .extracting(
            f -> f.resource().substring(f.resource().lastIndexOf('/') + 1), Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("any-owner", Severity.HIGH),
            org.assertj.core.groups.Tuple.tuple("owner-wide-admin", Severity.HIGH),
            org.assertj.core.groups.Tuple.tuple("star", Severity.HIGH),
            org.assertj.core.groups.Tuple.tuple("owner-wide", Severity.MEDIUM));
    assertThat(findings.get(2).evidence())
        .anyMatch(e -> e.contains("\"*\" matches every subject (weak: no check)"));
    assertThat(findings.get(3).evidence())
        .anyMatch(
            e ->
                e.contains(
                    "\"repo:acme/*\" is a wildcard over every repository of the owner (weak)"));
  }

  @Test
  void aGithubRoleWithoutAudienceIsLowAndOtherProvidersNeedOnlyASubject() {
    Lab lab = new Lab();
    String noAud =
        lab.role(
            A, "no-aud", github(sub("StringEquals", "repo:acme/infra:environment:prod")), null);
    String eks = "arn:aws:iam::" + A + ":oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC";
    lab.role(
        A,
        "eks-pinned",
        "{'Statement':{'Effect':'Allow','Principal':{'Federated':'"
            + eks
            + "'},"
            + "'Action':'sts:AssumeRoleWithWebIdentity','Condition':{'StringEquals':"
            + "{'oidc.eks.us-east-1.amazonaws.com/id/ABC:sub':'system:serviceaccount:app:web'}}}}",
        null);
    String eksOpen =
        lab.role(
            A,
            "eks-open",
            "{'Statement':{'Effect':'Allow','Principal':{'Federated':'"
                + eks
                + "'},"
                + "'Action':'sts:AssumeRoleWithWebIdentity','Condition':{'StringEquals':"
                + "{'oidc.eks.us-east-1.amazonaws.com/id/ABC:aud':'sts.amazonaws.com'}}}}",
            null);

    List<Finding> findings = lab.findings(FindingType.OIDC_TRUST_UNRESTRICTED);

    assertThat(findings)
        .extracting(Finding::resource, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(eksOpen, Severity.HIGH),
            org.assertj.core.groups.Tuple.tuple(noAud, Severity.LOW));
    assertThat(findings.get(0).title())
        .endsWith("by any identity of oidc.eks.us-east-1.amazonaws.com/id/ABC");
    assertThat(findings.get(1).remediation())
        .contains("token.actions.githubusercontent.com:aud\":\"sts.amazonaws.com\"");
  }
}
