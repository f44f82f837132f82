package io.accessgraph.ingest.synth;

import static io.accessgraph.ingest.synth.AwsManagedPolicies.arn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bulk of the roles: workloads run by EC2 (with an instance profile), Lambda, ECS tasks and
 * Glue, each with its service's AWS-managed policy, a customer-managed grant or two, sometimes a
 * permission boundary or an inline policy with wildcards, conditions or a deny. In permissive
 * accounts a few are over-privileged, as real ones are.
 */
final class ServiceRoles {
  static final String[] TEAMS = {
    "orders", "billing", "search", "catalog", "payments",
    "analytics", "identity", "notify", "media", "reporting"
  };

  private ServiceRoles() {}

  /** Adds {@code count} workload roles named app-TEAM-SERVICE-NNNN. */
  static void add(AccountContext ctx, int count) {
    for (int i = 0; i < count; i++) {
      int roll = ctx.rng.nextInt(100);
      String service = roll < 30 ? "ec2" : roll < 65 ? "lambda" : roll < 85 ? "ecs" : "glue";
      String team = ctx.pick(TEAMS);
      String name = String.format("app-%s-%s-%04d", team, service, i);
      List<String> attached = new ArrayList<>();
      ObjectNode trust;
      String path = "/";
      switch (service) {
        case "ec2" -> {
          trust = PlatformRoles.trustService("ec2.amazonaws.com");
          attached.add(arn(AwsManagedPolicies.SSM_CORE));
        }
        case "lambda" -> {
          trust = lambdaTrust(ctx);
          path = ctx.chance(50) ? "/service-role/" : "/";
          attached.add(arn(AwsManagedPolicies.LAMBDA_BASIC));
        }
        case "ecs" -> {
          trust = ecsTrust(ctx);
          attached.add(arn(AwsManagedPolicies.ECS_TASK_EXECUTION));
        }
        default -> {
          trust = PlatformRoles.trustService("glue.amazonaws.com");
          attached.add(arn(AwsManagedPolicies.GLUE_SERVICE));
        }
      }
      grants(ctx, attached);
      if (ctx.kind.permissive() && ctx.chance(3)) {
        attached.add(arn(AwsManagedPolicies.ADMINISTRATOR));
      }
      String boundary =
          ctx.chance(15)
              ? CustomerPolicies.arn(ctx.account, CustomerPolicies.WORKLOAD_BOUNDARY)
              : null;
      ctx.addRole(
          path,
          name,
          null,
          trust,
          inline(ctx, team),
          attached,
          boundary,
          Map.of("team", team, "service", service),
          service.equals("ec2"));
    }
  }

  private static void grants(AccountContext ctx, List<String> attached) {
    List<String> options =
        List.of(
            CustomerPolicies.arn(ctx.account, CustomerPolicies.APP_DATA),
            CustomerPolicies.arn(ctx.account, CustomerPolicies.LOGS_WRITE),
            CustomerPolicies.arn(ctx.account, CustomerPolicies.SECRETS_READ),
            CustomerPolicies.arn(ctx.account, CustomerPolicies.APP_TABLES),
            arn(AwsManagedPolicies.S3_READ_ONLY),
            arn(AwsManagedPolicies.DYNAMODB_READ_ONLY),
            arn(AwsManagedPolicies.EC2_READ_ONLY));
    int n = 1 + ctx.rng.nextInt(2);
    for (int i = 0; i < n; i++) {
      String p = ctx.pick(options);
      if (!attached.contains(p)) {
        attached.add(p);
      }
    }
  }

  private static ObjectNode lambdaTrust(AccountContext ctx) {
    Doc.Stmt s = Doc.trust("Service", "lambda.amazonaws.com", "sts:AssumeRole");
    if (ctx.chance(30)) {
      s.when("StringEquals", "aws:SourceAccount", ctx.accountId());
    }
    return Doc.policy(s.build());
  }

  private static ObjectNode ecsTrust(AccountContext ctx) {
    Doc.Stmt s = Doc.trust("Service", "ecs-tasks.amazonaws.com", "sts:AssumeRole");
    if (ctx.chance(30)) {
      s.when("ArnLike", "aws:SourceArn", "arn:aws:ecs:*:" + ctx.accountId() + ":*");
    }
    return Doc.policy(s.build());
  }

  private static List<AccountModel.Inline> inline(AccountContext ctx, String team) {
    if (!ctx.chance(30)) {
      return List.of();
    }
    String acc = ctx.accountId();
    int roll = ctx.rng.nextInt(ctx.kind.permissive() ? 6 : 4);
    ObjectNode doc =
        switch (roll) {
          case 0 ->
              Doc.policy(
                  Doc.allow("s3:*").on("arn:aws:s3:::synth-" + acc + "-" + team + "*").build());
          case 1 ->
              Doc.policy(
                  Doc.allow("sqs:SendMessage", "sqs:ReceiveMessage", "sqs:DeleteMessage")
                      .on("arn:aws:sqs:*:" + acc + ":" + team + "-*")
                      .build());
          case 2 ->
              Doc.policy(
                  Doc.allow("ec2:*")
                      .on("*")
                      .when("StringEquals", "aws:ResourceTag/team", team)
                      .build(),
                  Doc.deny("ec2:TerminateInstances", "ec2:DeleteVolume").on("*").build());
          case 3 ->
              Doc.policy(
                  Doc.deny("s3:DeleteBucket", "s3:DeleteObject*").sid("NoDeletes").on("*").build());
          case 4 ->
              Doc.policy(
                  Doc.allow("iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction")
                      .on("*")
                      .build());
          default ->
              Doc.policy(
                  Doc.allow("sts:AssumeRole").on("arn:aws:iam::" + acc + ":role/app-*").build());
        };
    String[] names = {"bucket-access", "queue-access", "team-ec2", "no-deletes", "deployer", "hop"};
    return List.of(new AccountModel.Inline(names[roll], doc));
  }
}
