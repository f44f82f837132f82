package io.accessgraph.ingest.synth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The SCPs of the organization: AWS's FullAWSAccess on the root, every unit and every account (as
 * AWS attaches it, since an action must be allowed at every level), and a few deny guardrails
 * placed where real landing zones put them. None of them touches the planted paths.
 */
final class ServiceControlPolicies {
  static final String FULL_AWS_ACCESS_ID = "p-FullAWSAccess";

  private ServiceControlPolicies() {}

  /**
   * @param targets unit keys ({@link OrgTree#ROOT} for the root)
   * @param everywhere attached to the root, every unit and every account
   */
  record Scp(
      String id,
      String name,
      String description,
      boolean awsManaged,
      ObjectNode document,
      List<String> targets,
      boolean everywhere) {}

  static List<Scp> all(long seed) {
    SplittableRandom rng = new SplittableRandom(Seeds.mix(seed, -3));
    return List.of(
        new Scp(
            FULL_AWS_ACCESS_ID,
            "FullAWSAccess",
            "Allows access to every operation",
            true,
            Doc.policy(Doc.allow("*").on("*").build()),
            List.of(),
            true),
        new Scp(
            id(rng),
            "DenyLeaveOrganization",
            "Accounts cannot leave the organization",
            false,
            Doc.policy(Doc.deny("organizations:LeaveOrganization").on("*").build()),
            List.of(OrgTree.ROOT),
            false),
        new Scp(
            id(rng),
            "ProtectAuditTrail",
            "Nobody stops or changes the organization trail and AWS Config",
            false,
            Doc.policy(
                Doc.deny(
                        "cloudtrail:StopLogging",
                        "cloudtrail:DeleteTrail",
                        "cloudtrail:UpdateTrail",
                        "cloudtrail:PutEventSelectors",
                        "config:DeleteConfigurationRecorder",
                        "config:StopConfigurationRecorder")
                    .on("*")
                    .build()),
            List.of(OrgTree.ROOT),
            false),
        new Scp(
            id(rng),
            "DenyRootUser",
            "The root user of member accounts does nothing",
            false,
            Doc.policy(
                Doc.deny("*")
                    .on("*")
                    .when("StringLike", "aws:PrincipalArn", "arn:aws:iam::*:root")
                    .build()),
            List.of(OrgTree.WORKLOADS, OrgTree.SANDBOX),
            false),
        new Scp(
            id(rng),
            "RegionRestriction",
            "Regional services only in the approved regions",
            false,
            Doc.policy(
                Doc.denyNot(
                        "iam:*",
                        "sts:*",
                        "organizations:*",
                        "support:*",
                        "cloudfront:*",
                        "route53:*",
                        "budgets:*",
                        "waf:*",
                        "health:*")
                    .sid("DenyOutsideApprovedRegions")
                    .on("*")
                    .when("StringNotEquals", "aws:RequestedRegion", OrgLayout.REGIONS)
                    .when(
                        "ArnNotLike",
                        "aws:PrincipalArn",
                        "arn:aws:iam::*:role/OrganizationAccountAccessRole")
                    .build()),
            List.of(OrgTree.WORKLOADS, OrgTree.SANDBOX),
            false),
        new Scp(
            id(rng),
            "ProtectPlatformRoles",
            "Only the platform changes SSO and organization access roles",
            false,
            Doc.policy(
                Doc.deny(
                        "iam:AttachRolePolicy",
                        "iam:DeleteRole",
                        "iam:DetachRolePolicy",
                        "iam:PutRolePolicy",
                        "iam:UpdateAssumeRolePolicy")
                    .on(
                        "arn:aws:iam::*:role/OrganizationAccountAccessRole",
                        "arn:aws:iam::*:role/aws-reserved/sso.amazonaws.com/*")
                    .when(
                        "ArnNotLike",
                        "aws:PrincipalArn",
                        "arn:aws:iam::*:role/OrganizationAccountAccessRole")
                    .build()),
            List.of(OrgTree.WORKLOADS),
            false),
        new Scp(
            id(rng),
            "SandboxGuardrails",
            "Small instances only, no long-lived IAM user credentials",
            false,
            Doc.policy(
                Doc.deny("ec2:RunInstances")
                    .sid("SmallInstancesOnly")
                    .on("arn:aws:ec2:*:*:instance/*")
                    .when("ForAnyValue:StringNotLike", "ec2:InstanceType", "t3.*", "t4g.*")
                    .build(),
                Doc.deny("iam:CreateUser", "iam:CreateAccessKey")
                    .sid("NoIamUsers")
                    .on("*")
                    .build()),
            List.of(OrgTree.SANDBOX),
            false));
  }

  private static String id(SplittableRandom rng) {
    return "p-" + SynthIds.lowerAlnum(rng, 8);
  }
}
