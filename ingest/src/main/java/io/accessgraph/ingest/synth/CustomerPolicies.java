package io.accessgraph.ingest.synth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The customer-managed policies of one account: least-privilege grants with wildcards and
 * conditions, deny guardrails with NotAction, permission boundaries, and (in permissive accounts
 * only) the broad grants that make real accounts risky.
 */
final class CustomerPolicies {
  static final String APP_DATA = "app-data-access";
  static final String LOGS_WRITE = "app-logs-write";
  static final String SECRETS_READ = "app-secrets-read";
  static final String APP_TABLES = "app-tables";
  static final String EC2_OPERATIONS = "ec2-operations";
  static final String DENY_REGIONS = "deny-unapproved-regions";
  static final String REQUIRE_MFA = "require-mfa";
  static final String SELF_MANAGE = "self-manage-credentials";
  static final String DENY_IAM_WRITE = "deny-iam-write";
  static final String DEVELOPER_BOUNDARY = "developer-boundary";
  static final String WORKLOAD_BOUNDARY = "workload-boundary";
  // Permissive accounts only: each of these allows sts:AssumeRole or IAM writes.
  static final String ASSUME_BREAK_GLASS = "assume-break-glass";
  static final String DEVELOPER_POWER = "developer-power";
  static final String DEPLOY = "deploy-permissions";
  static final String ASSUME_PIPELINE = "assume-pipeline-roles";

  private CustomerPolicies() {}

  /** Adds the account's policies to {@code account}. */
  static void create(AccountModel account, boolean permissive, long seed, SplittableRandom rng) {
    String acc = account.accountId;
    add(account, rng, seed, APP_DATA, appData(acc));
    add(
        account,
        rng,
        seed,
        LOGS_WRITE,
        Doc.policy(
            Doc.allow("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents")
                .on("arn:aws:logs:*:" + acc + ":log-group:/synth/*")
                .build()));
    add(
        account,
        rng,
        seed,
        SECRETS_READ,
        Doc.policy(
            Doc.allow("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret")
                .on("arn:aws:secretsmanager:*:" + acc + ":secret:app/*")
                .build(),
            Doc.allow("kms:Decrypt")
                .on("*")
                .when("StringLike", "kms:ViaService", "secretsmanager.*.amazonaws.com")
                .build()));
    add(
        account,
        rng,
        seed,
        APP_TABLES,
        Doc.policy(
            Doc.allow("dynamodb:*").on("arn:aws:dynamodb:*:" + acc + ":table/app-*").build()));
    add(
        account,
        rng,
        seed,
        EC2_OPERATIONS,
        Doc.policy(
            Doc.allow("ec2:Describe*").on("*").build(),
            Doc.allow("ec2:StartInstances", "ec2:StopInstances", "ec2:RebootInstances")
                .on("arn:aws:ec2:*:" + acc + ":instance/*")
                .when("StringEquals", "aws:ResourceTag/team", "${aws:PrincipalTag/team}")
                .build()));
    add(
        account,
        rng,
        seed,
        DENY_REGIONS,
        Doc.policy(
            Doc.denyNot("iam:*", "sts:*", "cloudfront:*", "route53:*", "support:*")
                .on("*")
                .when("StringNotEquals", "aws:RequestedRegion", OrgLayout.REGIONS)
                .build()));
    add(
        account,
        rng,
        seed,
        REQUIRE_MFA,
        Doc.policy(
            Doc.denyNot(
                    "iam:CreateVirtualMFADevice",
                    "iam:EnableMFADevice",
                    "iam:GetUser",
                    "iam:ListMFADevices",
                    "iam:ListVirtualMFADevices",
                    "iam:ResyncMFADevice",
                    "sts:GetSessionToken")
                .sid("DenyAllExceptListedIfNoMFA")
                .on("*")
                .when("BoolIfExists", "aws:MultiFactorAuthPresent", "false")
                .build()));
    add(
        account,
        rng,
        seed,
        SELF_MANAGE,
        Doc.policy(
            Doc.allow(
                    "iam:ChangePassword",
                    "iam:GetLoginProfile",
                    "iam:CreateVirtualMFADevice",
                    "iam:EnableMFADevice",
                    "iam:ListMFADevices")
                .on(
                    "arn:aws:iam::" + acc + ":user/${aws:username}",
                    "arn:aws:iam::" + acc + ":user/*/${aws:username}",
                    "arn:aws:iam::" + acc + ":mfa/${aws:username}")
                .build()));
    add(
        account,
        rng,
        seed,
        DENY_IAM_WRITE,
        Doc.policy(
            Doc.deny(
                    "iam:Create*",
                    "iam:Delete*",
                    "iam:Put*",
                    "iam:Attach*",
                    "iam:Detach*",
                    "iam:Update*")
                .on("*")
                .build()));
    add(account, rng, seed, DEVELOPER_BOUNDARY, developerBoundary(acc));
    add(
        account,
        rng,
        seed,
        WORKLOAD_BOUNDARY,
        Doc.policy(
            Doc.allow(
                    "s3:*",
                    "dynamodb:*",
                    "logs:*",
                    "sqs:*",
                    "sns:*",
                    "kms:Decrypt",
                    "secretsmanager:GetSecretValue")
                .on("*")
                .build(),
            Doc.deny("iam:*", "organizations:*", "sts:AssumeRole").on("*").build()));
    if (permissive) {
      permissiveOnes(account, seed, rng);
    }
  }

  static String arn(AccountModel account, String name) {
    String arn = "arn:aws:iam::" + account.accountId + ":policy/" + name;
    if (!account.customerPolicies.containsKey(arn)) {
      throw new IllegalStateException(
          "account " + account.accountId + " has no customer-managed policy " + name);
    }
    return arn;
  }

  /** Adds one policy; a document of several statements may get an older, narrower version. */
  static void add(
      AccountModel account, SplittableRandom rng, long seed, String name, ObjectNode doc) {
    List<ObjectNode> versions = new ArrayList<>();
    ArrayNode statements = (ArrayNode) doc.get("Statement");
    if (statements.size() > 1 && rng.nextInt(3) == 0) {
      versions.add(Doc.policy((ObjectNode) statements.get(0).deepCopy()));
    }
    versions.add(doc);
    String arn = "arn:aws:iam::" + account.accountId + ":policy/" + name;
    account.customerPolicies.put(
        arn,
        new AccountModel.CustomerPolicy(
            name, SynthIds.iamId(rng, "ANPA"), arn, "/", SynthIds.createdAt(rng, seed), versions));
  }

  private static ObjectNode appData(String acc) {
    String bucket = "arn:aws:s3:::synth-" + acc + "-app-data";
    return Doc.policy(
        Doc.allow("s3:Get*", "s3:List*").on(bucket, bucket + "/*").build(),
        Doc.allow("s3:PutObject")
            .on(bucket + "/*")
            .when("StringEquals", "s3:x-amz-server-side-encryption", "aws:kms")
            .build());
  }

  private static ObjectNode developerBoundary(String acc) {
    return Doc.policy(
        Doc.allowNot("iam:*", "organizations:*", "account:*").on("*").build(),
        Doc.allow("iam:Get*", "iam:List*", "iam:PassRole")
            .on("arn:aws:iam::" + acc + ":role/app-*")
            .build(),
        Doc.deny("iam:DeleteUserPermissionsBoundary", "iam:DeleteRolePermissionsBoundary")
            .on("*")
            .build());
  }

  private static void permissiveOnes(AccountModel account, long seed, SplittableRandom rng) {
    String acc = account.accountId;
    add(
        account,
        rng,
        seed,
        ASSUME_BREAK_GLASS,
        Doc.policy(
            Doc.allow("sts:AssumeRole")
                .on("arn:aws:iam::" + acc + ":role/break-glass-admin")
                .when("Bool", "aws:MultiFactorAuthPresent", "true")
                .build()));
    add(
        account,
        rng,
        seed,
        DEVELOPER_POWER,
        Doc.policy(
            Doc.allowNot("iam:*", "organizations:*", "account:*").on("*").build(),
            Doc.allow("iam:PassRole").on("arn:aws:iam::" + acc + ":role/app-*").build()));
    add(
        account,
        rng,
        seed,
        DEPLOY,
        Doc.policy(
            Doc.allow(
                    "iam:PassRole",
                    "iam:CreateRole",
                    "iam:AttachRolePolicy",
                    "iam:PutRolePolicy",
                    "iam:TagRole")
                .on("arn:aws:iam::" + acc + ":role/app-*")
                .build(),
            Doc.allow("cloudformation:*", "lambda:*", "ecs:*").on("*").build(),
            Doc.deny("iam:*")
                .on("arn:aws:iam::" + acc + ":role/OrganizationAccountAccessRole")
                .build()));
    add(
        account,
        rng,
        seed,
        ASSUME_PIPELINE,
        Doc.policy(
            Doc.allow("sts:AssumeRole", "sts:TagSession")
                .on("arn:aws:iam::*:role/synth-deploy", "arn:aws:iam::*:role/synth-readonly")
                .build()));
  }
}
