package io.accessgraph.analysis.policy;

import static io.accessgraph.analysis.policy.World.allow;
import static io.accessgraph.analysis.policy.World.trust;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Role trust policies and sts:AssumeRole*. Sources (IAM User Guide): RT = "Roles terms and
 * concepts" / "Granting a user permissions to switch roles" (same account: a trust policy naming
 * the principal's ARN is enough; naming the account needs an identity policy), XA = "Cross-account
 * policy evaluation logic" (both sides must allow), PR = "IAM JSON policy elements: Principal"
 * (account id = root ARN, unique ids, "*", {"AWS":"*"}, services, federated), NP = "NotPrincipal",
 * WI = "Create a role for OIDC / SAML federation", CD = "The confused deputy problem", PB =
 * "Permissions boundaries" (resource-based grants to a user ARN are not limited by the boundary; to
 * a role ARN they are), RCP = Organizations "Resource control policies".
 */
class TrustPolicyCasesTest {
  static final String A = "111111111111";
  static final String B = "222222222222";
  static final String X = "555555555555";
  static final String ORG = "{'StringEquals':{'aws:PrincipalOrgID':'o-test'}}";
  static final PolicyEngine ENGINE = world().engine();

  static String arnA(String type, String name) {
    return "arn:aws:iam::" + A + ":" + type + "/" + name;
  }

  static World world() {
    World w = new World().org("999999999999");
    w.ou("ou-b", "r-root").member(A, "r-root").member(B, "ou-b");
    w.fullAccessEverywhere().rcpFullAccessEverywhere();
    w.rcp(
        "DenyOutsideOrg",
        "{'Statement':{'Effect':'Deny','Principal':'*','Action':'sts:AssumeRole','Resource':'*','Condition':"
            + "{'StringNotEqualsIfExists':{'aws:PrincipalOrgID':'o-test'},'BoolIfExists':{'aws:PrincipalIsAWSService':'false'}}}}",
        B);
    World.Acc a = w.account(A);
    String noSts = a.managed("S3ListOnly", allow("s3:ListBucket", "*"));
    a.user("u1");
    a.user("u2", allow("sts:AssumeRole", "*"));
    a.userWith("u3", List.of(), List.of(), noSts, Map.of(), allow("sts:AssumeRole,s3:*", "*"));
    a.user(
        "u4",
        "{'Statement':{'Effect':'Allow','Action':'sts:AssumeRole','Resource':'*',"
            + "'Condition':{'StringEquals':{'aws:ResourceTag/env':'prod'}}}}");
    a.user("u5", allow("s3:GetObject,kms:Decrypt", "*"));
    a.role("ci-runner", trust("{'Service':'codebuild.amazonaws.com'}"));
    a.roleWith(
        "ci-bounded",
        "/",
        trust("{'Service':'codebuild.amazonaws.com'}"),
        List.of(),
        noSts,
        Map.of(),
        allow("sts:AssumeRole,s3:*", "*"));
    a.role("RUser", trust("{'AWS':'" + arnA("user", "u1") + "'}"));
    a.role("RUser3", trust("{'AWS':'" + arnA("user", "u3") + "'}"));
    a.role("RRoot", trust("{'AWS':'arn:aws:iam::" + A + ":root'}"));
    a.role("RId", trust("{'AWS':'" + A + "'}"));
    a.role("RUnique", trust("{'AWS':'AIDAU1'}"));
    a.role(
        "RStar",
        "{'Statement':{'Effect':'Allow','Principal':'*','Action':'sts:AssumeRole','Condition':"
            + ORG
            + "}}");
    a.role(
        "RAwsStar",
        "{'Statement':{'Effect':'Allow','Principal':{'AWS':'*'},'Action':'sts:AssumeRole',"
            + "'Condition':{'ArnLike':{'aws:PrincipalArn':'arn:aws:iam::*:role/ci-*'}}}}");
    a.role("RCross", trust("{'AWS':'arn:aws:iam::" + B + ":root'}"));
    a.role(
        "RCrossUser",
        trust("{'AWS':['arn:aws:iam::" + B + ":user/bu','arn:aws:iam::" + B + ":user/bnone']}"));
    a.role(
        "RExternal",
        "{'Statement':{'Effect':'Allow','Principal':{'AWS':'arn:aws:iam::"
            + X
            + ":root'},"
            + "'Action':'sts:AssumeRole','Condition':{'StringEquals':{'sts:ExternalId':'xyz'}}}}");
    a.role("RExternalNoCond", trust("{'AWS':'" + X + "'}"));
    a.role("REc2", trust("{'Service':['ec2.amazonaws.com']}"));
    a.role(
        "RLambda",
        "{'Statement':{'Effect':'Allow','Principal':{'Service':'lambda.amazonaws.com'},"
            + "'Action':'sts:AssumeRole','Condition':{'StringEquals':{'aws:SourceAccount':'"
            + A
            + "'}}}}");
    a.role(
        "RGithub",
        "{'Statement':{'Effect':'Allow','Principal':{'Federated':'arn:aws:iam::"
            + A
            + ":oidc-provider/token.actions.githubusercontent.com'},'Action':'sts:AssumeRoleWithWebIdentity',"
            + "'Condition':{'StringEquals':{'token.actions.githubusercontent.com:aud':'sts.amazonaws.com'},"
            + "'StringLike':{'token.actions.githubusercontent.com:sub':'repo:acme/*'}}}}");
    a.role(
        "RGithubOpen",
        "{'Statement':{'Effect':'Allow','Principal':{'Federated':'arn:aws:iam::"
            + A
            + ":oidc-provider/token.actions.githubusercontent.com'},'Action':'sts:AssumeRoleWithWebIdentity'}}");
    a.role(
        "RSaml",
        "{'Statement':{'Effect':'Allow','Principal':{'Federated':'arn:aws:iam::"
            + A
            + ":saml-provider/Okta'},'Action':'sts:AssumeRoleWithSAML',"
            + "'Condition':{'StringEquals':{'SAML:aud':'https://signin.aws.amazon.com/saml'}}}}");
    a.role(
        "RDenyUser",
        "{'Statement':[{'Effect':'Allow','Principal':{'AWS':'"
            + A
            + "'},'Action':'sts:AssumeRole'},"
            + "{'Effect':'Deny','Principal':{'AWS':'"
            + arnA("user", "u2")
            + "'},'Action':'sts:AssumeRole'}]}");
    a.role(
        "RNotPrincipal",
        "{'Statement':[{'Effect':'Allow','Principal':{'AWS':'"
            + A
            + "'},'Action':'sts:AssumeRole'},"
            + "{'Effect':'Deny','NotPrincipal':{'AWS':'"
            + arnA("user", "u1")
            + "'},'Action':'sts:AssumeRole'}]}");
    a.role("RSessionNamed", trust("{'AWS':'arn:aws:sts::" + A + ":assumed-role/ci-runner/build'}"));
    a.role("RSelf", trust("{'AWS':'" + arnA("role", "ci-runner") + "'}"));
    a.role("RBoundedNamed", trust("{'AWS':'" + arnA("role", "ci-bounded") + "'}"));
    a.roleWith(
        "RTagged", "/", trust("{'AWS':'" + A + "'}"), List.of(), null, Map.of("env", "prod"));
    a.role("RWildcardArn", trust("{'AWS':'arn:aws:iam::" + A + ":user/*'}"));
    World.Acc b = w.account(B);
    b.user("bu", allow("sts:AssumeRole", "*"));
    b.user("bnone");
    b.role("BRole", trust("{'AWS':['arn:aws:iam::" + A + ":root','" + X + "']}"));
    return w;
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1} = {2}: {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          user/u1   | RUser          | ALLOW       | RT: same account, trust names the user ARN: enough by itself
          user/u2   | RUser          | DENY        | RT: trust names another user
          user/u1   | RRoot          | DENY        | RT: trust names the account: identity policy needed
          user/u2   | RRoot          | ALLOW       | RT: account named + identity allows
          user/u2   | RId            | ALLOW       | PR: a 12-digit account id equals the root ARN
          user/u1   | RId            | DENY        | PR: account id form still needs the identity side
          user/u1   | RUnique        | ALLOW       | PR: unique id AIDA... names the user with that id
          user/u2   | RUnique        | DENY        | PR: unique id of another user
          user/u3   | RUser3         | ALLOW       | PB: trust naming the user ARN is not limited by the boundary
          user/u3   | RRoot          | DENY        | PB: via the account, the boundary must allow sts:AssumeRole
          user/u1   | RStar          | ALLOW       | PR: Principal * with aws:PrincipalOrgID resolved from the caller
          user/u2   | RStar          | ALLOW       | PR: Principal * in the same account
          arn:aws:iam::222222222222:user/bu    | RStar | ALLOW | XA: other org account, identity + trust allow
          arn:aws:iam::222222222222:user/bnone | RStar | DENY  | XA: cross account needs the caller's identity policy
          555555555555 | RStar          | CONDITIONAL | PR: external caller's aws:PrincipalOrgID is unknown
          role/ci-runner | RAwsStar     | ALLOW       | PR: {AWS:*} with aws:PrincipalArn ArnLike resolved
          user/u2   | RAwsStar       | DENY        | PR: aws:PrincipalArn does not match
          ec2.amazonaws.com | RAwsStar | DENY        | PR: {AWS:*} does not name service principals
          arn:aws:iam::222222222222:user/bu    | RCross | ALLOW | XA: both sides allow
          arn:aws:iam::222222222222:user/bnone | RCross | DENY  | XA: trust allows, identity side does not
          user/u2   | RCross         | DENY        | RT: trust names another account
          arn:aws:iam::222222222222:user/bu    | RCrossUser | ALLOW | XA: trust names the user, identity allows
          arn:aws:iam::222222222222:user/bnone | RCrossUser | DENY  | XA: naming a user of another account is not enough
          arn:aws:iam::555555555555:root | RExternal | CONDITIONAL | CD: sts:ExternalId is request-time
          555555555555 | RExternalNoCond | ALLOW      | XA: external account: trust side only, with a warning
          arn:aws:iam::555555555555:role/partner | RExternalNoCond | ALLOW | PR: any principal of the named account
          arn:aws:iam::555555555555:root | RRoot | DENY | RT: trust names another account
          ec2.amazonaws.com    | REc2     | ALLOW       | PR: service principal named
          lambda.amazonaws.com | REc2     | DENY        | PR: another service
          lambda.amazonaws.com | RLambda  | CONDITIONAL | CD: aws:SourceAccount is request-time
          arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com | RGithub | CONDITIONAL | WI: token claims sub/aud are request-time
          arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com | RGithubOpen | ALLOW | WI: no claim condition: any token of the provider
          arn:aws:iam::111111111111:oidc-provider/other.example.com | RGithub | DENY | WI: another provider
          arn:aws:iam::111111111111:saml-provider/Okta | RSaml | CONDITIONAL | WI: SAML:aud is request-time
          arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com | RSaml | DENY | WI: OIDC provider is not the SAML provider
          user/u2   | RGithub        | DENY        | WI: IAM users are not the federated principal
          user/u2   | RDenyUser      | DENY        | PE: explicit Deny in the trust policy
          user/u4   | RDenyUser      | DENY        | GK: aws:ResourceTag/env absent on the role
          user/u4   | RTagged        | ALLOW       | GK: aws:ResourceTag/env resolved from the role's tags
          user/u1   | RNotPrincipal  | DENY        | NP: excluded from the Deny, still needs identity
          user/u2   | RNotPrincipal  | DENY        | NP: Deny with NotPrincipal applies to everyone else
          arn:aws:sts::111111111111:assumed-role/ci-runner/build | RSessionNamed | ALLOW | PR: role session ARN named
          arn:aws:sts::111111111111:assumed-role/ci-runner/other | RSessionNamed | DENY  | PR: another session name
          role/ci-runner | RSessionNamed | DENY      | PR: the role ARN is not the session ARN
          role/ci-runner | RSelf        | ALLOW       | RT: trust names the role ARN, no boundary
          arn:aws:sts::111111111111:assumed-role/ci-runner/x | RSelf | ALLOW | RT: a session of the named role
          role/ci-bounded | RBoundedNamed | DENY      | PB: grants to a role ARN are limited by its boundary
          role/ci-bounded | RRoot       | DENY        | PB: identity allows, boundary does not
          arn:aws:iam::111111111111:root | RRoot | DENY | RT: the root user cannot assume roles
          user/u1   | RWildcardArn   | DENY        | PR: partial wildcards in principals are not allowed
          user/u2   | arn:aws:iam::222222222222:role/BRole | ALLOW | RCP: caller in the org, RCP Deny does not apply
          555555555555 | arn:aws:iam::222222222222:role/BRole | CONDITIONAL | RCP: external caller's org unknown
          ec2.amazonaws.com | arn:aws:iam::222222222222:role/BRole | DENY | PR: service not named
          """)
  void canAssume(String caller, String role, Verdict expected, String rule) {
    String roleArn = role.startsWith("arn:") ? role : arnA("role", role);
    Decision d = ENGINE.canAssume(Cases.principal(A, caller), roleArn);
    assertThat(d.verdict()).as(rule + " " + d).isEqualTo(expected);
    if (expected == Verdict.CONDITIONAL) {
      assertThat(d.unresolvedConditions()).isNotEmpty();
    }
  }

  @Test
  void externalCallerWarnsThatItsPoliciesAreUnknown() {
    Decision d = ENGINE.canAssume(X, arnA("role", "RExternalNoCond"));
    assertThat(d.warnings()).anyMatch(w -> w.contains("555555555555 is not in the snapshot"));
  }

  @Test
  void federatedDecisionListsTokenClaims() {
    Decision d =
        ENGINE.canAssume(
            "arn:aws:iam::" + A + ":oidc-provider/token.actions.githubusercontent.com",
            arnA("role", "RGithub"));
    assertThat(d.unresolvedConditions())
        .anyMatch(
            c -> c.startsWith("StringLike token.actions.githubusercontent.com:sub [repo:acme/*]"))
        .anyMatch(c -> c.startsWith("StringEquals token.actions.githubusercontent.com:aud"));
    assertThat(d.evidence())
        .extracting(Evidence::action)
        .containsOnly("sts:AssumeRoleWithWebIdentity");
  }

  @Test
  void sameAccountAllowCitesTrustStatement() {
    Decision d = ENGINE.canAssume(arnA("user", "u1"), arnA("role", "RUser"));
    assertThat(d.evidence())
        .extracting(Evidence::toString)
        .contains("sts:AssumeRole allowed by " + arnA("role", "RUser") + "#trust statement 0");
  }

  @Test
  void evaluateAppliesTrustPolicyForAssumeRole() {
    assertThat(
            ENGINE
                .evaluate(
                    AccessRequest.of(arnA("user", "u2"), "sts:AssumeRole", arnA("role", "RRoot")))
                .verdict())
        .isEqualTo(Verdict.ALLOW);
    assertThat(
            ENGINE
                .evaluate(
                    AccessRequest.of(arnA("user", "u2"), "sts:AssumeRole", arnA("role", "RUser")))
                .verdict())
        .isEqualTo(Verdict.DENY);
  }

  @Test
  void unknownRoleOrCallerIsAClearError() {
    assertThatThrownBy(() -> ENGINE.canAssume(arnA("user", "u1"), arnA("role", "Nope")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("role/Nope");
    assertThatThrownBy(() -> ENGINE.canAssume(arnA("user", "ghost"), arnA("role", "RUser")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("user/ghost");
  }
}
