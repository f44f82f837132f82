package io.accessgraph.analysis.policy;

import static io.accessgraph.analysis.policy.World.allow;
import static io.accessgraph.analysis.policy.World.deny;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SCPs through a three-level tree (root, OU, sub-OU, account), permissions boundaries, the
 * management account and service-linked roles. Sources: SCP = Organizations User Guide "Service
 * control policies" and "SCP evaluation" (every level must allow; explicit deny anywhere; the
 * management account and service-linked roles are not affected), PB = IAM User Guide "Permissions
 * boundaries for IAM entities" (effective permissions are the intersection), PE = "Policy
 * evaluation logic".
 *
 * <pre>
 * r-root [FullAWSAccess, DenyLeave]
 *   ou-prod [ProdAllowList only: ec2, s3, iam, sts, kms]
 *     ou-prod-eu [FullAWSAccess, DenyOutsideEu, ProtectRoles]
 *       222222222222 [FullAWSAccess, DenyKeyDeletion]
 *   ou-sandbox [FullAWSAccess, SmallInstancesOnly]
 *     333333333333 [FullAWSAccess]
 *   ou-empty [nothing attached]
 *     444444444444 [FullAWSAccess]
 *   999999999999 management [FullAWSAccess]
 * </pre>
 */
class OrgPolicyCasesTest {
  static final String MGMT = "999999999999";
  static final String B = "222222222222";
  static final String C = "333333333333";
  static final String D = "444444444444";
  static final PolicyEngine ENGINE = world().engine();

  static World world() {
    World w = new World().org(MGMT);
    w.ou("ou-prod", "r-root")
        .ou("ou-prod-eu", "ou-prod")
        .ou("ou-sandbox", "r-root")
        .ou("ou-empty", "r-root");
    w.member(B, "ou-prod-eu").member(C, "ou-sandbox").member(D, "ou-empty");
    w.scp("FullAWSAccess", allow("*", "*"), "r-root", "ou-prod-eu", "ou-sandbox", B, C, D, MGMT);
    w.scp("DenyLeave", deny("organizations:LeaveOrganization", "*"), "r-root");
    w.scp("ProdAllowList", allow("ec2:*,s3:*,iam:*,sts:*,kms:*", "*"), "ou-prod");
    w.scp(
        "DenyOutsideEu",
        "{'Statement':{'Sid':'DenyOutsideEu','Effect':'Deny','NotAction':['iam:*','sts:*','organizations:*'],'Resource':'*',"
            + "'Condition':{'StringNotLike':{'aws:RequestedRegion':'eu-*'}}}}",
        "ou-prod-eu");
    w.scp(
        "ProtectRoles",
        "{'Statement':{'Effect':'Deny','Action':['iam:DeleteRole','iam:PutRolePolicy'],'Resource':'*',"
            + "'Condition':{'ArnNotLike':{'aws:PrincipalArn':'arn:aws:iam::*:role/Breakglass'}}}}",
        "ou-prod-eu");
    w.scp("DenyKeyDeletion", deny("kms:ScheduleKeyDeletion", "*"), B);
    w.scp(
        "SmallInstancesOnly",
        "{'Statement':{'Effect':'Deny','Action':'ec2:RunInstances','Resource':'arn:aws:ec2:*:*:instance/*',"
            + "'Condition':{'StringNotEquals':{'ec2:InstanceType':'t3.micro'}}}}",
        "ou-sandbox");

    World.Acc b = w.account(B);
    String boundary = b.managed("Boundary", allow("s3:*,ec2:Describe*,lambda:*", "*"));
    b.user("badmin", allow("*", "*"));
    b.userWith(
        "bdev", List.of(), List.of(), boundary, Map.of(), allow("s3:GetObject,ec2:*,iam:*", "*"));
    b.roleWith(
        "AWSServiceRoleForElasticLoadBalancing",
        "/aws-service-role/elasticloadbalancing.amazonaws.com/",
        World.trust("{'Service':'elasticloadbalancing.amazonaws.com'}"),
        List.of(),
        null,
        Map.of(),
        allow("*", "*"));
    b.role("Breakglass", World.trust("{'AWS':'arn:aws:iam::" + B + ":root'}"), allow("*", "*"));
    w.account(C).user("cadmin", allow("*", "*"));
    w.account(D).user("dadmin", allow("*", "*"));
    w.account(MGMT).user("madmin", allow("*", "*"));
    return w;
  }

  @ParameterizedTest(name = "[{index}] {0} {1} {2} [{3}] -> {4}: {5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          222222222222 | user/badmin | iam:CreateUser       | * |  | ALLOW | SCP: allowed at root, OU (allow list), sub-OU and account
          222222222222 | user/badmin | sts:AssumeRole       | arn:aws:iam::333333333333:role/x | | ALLOW | SCP: sts in the OU allow list
          222222222222 | user/badmin | lambda:CreateFunction | * |  | DENY  | SCP: ou-prod allow list lacks lambda -> implicit deny
          222222222222 | user/badmin | dynamodb:GetItem     | * |  | DENY  | SCP: allow-list semantics at one level deny everything else
          222222222222 | user/badmin | organizations:LeaveOrganization | * | | DENY | SCP: Deny at the root applies to every account below
          222222222222 | user/badmin | kms:ScheduleKeyDeletion | * | aws:RequestedRegion=eu-west-1 | DENY | SCP: Deny attached to the account
          222222222222 | user/badmin | kms:Decrypt          | * | aws:RequestedRegion=eu-west-1 | ALLOW | SCP: allowed at every level
          222222222222 | user/badmin | ec2:RunInstances     | * |  | CONDITIONAL | SCP: region Deny depends on aws:RequestedRegion
          222222222222 | user/badmin | ec2:RunInstances     | * | aws:RequestedRegion=eu-west-1 | ALLOW | SCP: StringNotLike false, Deny does not apply
          222222222222 | user/badmin | ec2:RunInstances     | * | aws:RequestedRegion=us-east-1 | DENY | SCP: StringNotLike true, Deny applies
          222222222222 | user/badmin | iam:DeleteRole       | * |  | DENY  | SCP: aws:PrincipalArn resolved from the caller, Deny applies
          222222222222 | role/Breakglass | iam:DeleteRole   | * |  | ALLOW | SCP: aws:PrincipalArn exempt from the Deny
          222222222222 | arn:aws:sts::222222222222:assumed-role/Breakglass/s | iam:PutRolePolicy | * | | ALLOW | GK: aws:PrincipalArn of a session is the role ARN
          222222222222 | user/bdev   | s3:GetObject         | arn:aws:s3:::b/k | aws:RequestedRegion=eu-west-1 | ALLOW | PB: identity and boundary both allow
          222222222222 | user/bdev   | s3:PutObject         | arn:aws:s3:::b/k | aws:RequestedRegion=eu-west-1 | DENY | PB: boundary alone grants nothing
          222222222222 | user/bdev   | ec2:DescribeInstances | * | aws:RequestedRegion=eu-west-1 | ALLOW | PB: boundary Describe* and identity ec2:*
          222222222222 | user/bdev   | ec2:RunInstances     | * | aws:RequestedRegion=eu-west-1 | DENY | PB: identity allows, boundary does not
          222222222222 | user/bdev   | iam:CreateUser       | * |  | DENY  | PB: boundary limits identity's iam:*
          222222222222 | user/bdev   | lambda:InvokeFunction | * | aws:RequestedRegion=eu-west-1 | DENY | PB: boundary allows, identity does not
          222222222222 | user/bdev   | ec2:DescribeInstances | * |  | CONDITIONAL | PB+SCP: boundary allows, SCP region Deny open
          222222222222 | arn:aws:iam::222222222222:role/aws-service-role/elasticloadbalancing.amazonaws.com/AWSServiceRoleForElasticLoadBalancing | lambda:CreateFunction | * | | ALLOW | SCP: service-linked roles are not affected
          222222222222 | arn:aws:iam::222222222222:role/aws-service-role/elasticloadbalancing.amazonaws.com/AWSServiceRoleForElasticLoadBalancing | organizations:LeaveOrganization | * | | ALLOW | SCP: service-linked roles are not affected by Deny either
          333333333333 | user/cadmin | lambda:CreateFunction | * |  | ALLOW | SCP: FullAWSAccess at every level
          333333333333 | user/cadmin | ec2:RunInstances     | arn:aws:ec2:eu-west-1:333333333333:instance/* | | CONDITIONAL | SCP: ec2:InstanceType is request-time
          333333333333 | user/cadmin | ec2:RunInstances     | arn:aws:ec2:eu-west-1:333333333333:instance/* | ec2:InstanceType=t3.micro | ALLOW | SCP: allowed instance type
          333333333333 | user/cadmin | ec2:RunInstances     | arn:aws:ec2:eu-west-1:333333333333:instance/* | ec2:InstanceType=m5.large | DENY | SCP: other instance types denied
          333333333333 | user/cadmin | ec2:RunInstances     | arn:aws:ec2:eu-west-1:333333333333:volume/* | | ALLOW | SCP: Deny resource excludes volumes
          333333333333 | user/cadmin | organizations:LeaveOrganization | * | | DENY | SCP: root-level Deny reaches every OU
          444444444444 | user/dadmin | s3:GetObject         | * |  | DENY  | SCP: a level with no SCP allowing -> implicit deny
          444444444444 | user/dadmin | iam:CreateUser       | * |  | DENY  | SCP: every level must allow
          999999999999 | user/madmin | lambda:CreateFunction | * |  | ALLOW | SCP: the management account is not affected
          999999999999 | user/madmin | organizations:LeaveOrganization | * | | ALLOW | SCP: not even by Deny statements
          999999999999 | arn:aws:iam::999999999999:root | iam:CreateUser | * | | ALLOW | SCP: management account root user unrestricted
          444444444444 | arn:aws:iam::444444444444:root | iam:CreateUser | * | | DENY | SCP: SCPs restrict the root user of member accounts
          222222222222 | arn:aws:iam::222222222222:root | organizations:LeaveOrganization | * | | DENY | SCP: Deny applies to the member root user
          """)
  void org(
      String account,
      String principal,
      String action,
      String resource,
      String context,
      Verdict expected,
      String rule) {
    Decision d =
        ENGINE.evaluate(
            AccessRequest.of(Cases.principal(account, principal), action, resource)
                .withContext(Cases.context(context)));
    assertThat(d.verdict()).as(rule + " " + d).isEqualTo(expected);
  }

  @Test
  void allowEvidenceCoversEveryScpLevel() {
    Decision d =
        ENGINE.evaluate(
            AccessRequest.of("arn:aws:iam::" + B + ":user/badmin", "iam:CreateUser", "*"));
    assertThat(d.evidence())
        .extracting(Evidence::kind)
        .containsExactly(
            PolicyKind.IDENTITY, PolicyKind.SCP, PolicyKind.SCP, PolicyKind.SCP, PolicyKind.SCP);
    assertThat(d.evidence())
        .extracting(Evidence::policy)
        .contains(World.scpArn("ProdAllowList"), World.scpArn("FullAWSAccess"));
  }

  @Test
  void implicitScpDenyNamesTheLevel() {
    Decision d =
        ENGINE.evaluate(
            AccessRequest.of("arn:aws:iam::" + B + ":user/badmin", "lambda:CreateFunction", "*"));
    assertThat(d.reasons())
        .containsExactly("no SCP attached to ou-prod allows lambda:CreateFunction on *");
    Decision e =
        ENGINE.evaluate(
            AccessRequest.of("arn:aws:iam::" + D + ":user/dadmin", "s3:GetObject", "*"));
    assertThat(e.reasons()).containsExactly("no SCP attached to ou-empty allows s3:GetObject on *");
  }

  @Test
  void scpDenyEvidenceIsTheScp() {
    Decision d =
        ENGINE.evaluate(
            AccessRequest.of(
                "arn:aws:iam::" + B + ":user/badmin", "organizations:LeaveOrganization", "*"));
    assertThat(d.explicitDeny()).isTrue();
    assertThat(d.evidence()).extracting(Evidence::policy).contains(World.scpArn("DenyLeave"));
  }
}
