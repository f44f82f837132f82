package io.accessgraph.bench;

import io.accessgraph.analysis.policy.AccessRequest;
import io.accessgraph.analysis.policy.AdminVerdict;
import io.accessgraph.analysis.policy.Decision;
import io.accessgraph.analysis.policy.PolicyEngine;
import io.accessgraph.model.iam.InlinePolicy;
import io.accessgraph.model.iam.ManagedPolicy;
import io.accessgraph.model.iam.PolicyVersion;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.org.OrgAccount;
import io.accessgraph.model.org.OrgPolicy;
import io.accessgraph.model.org.OrgRoot;
import io.accessgraph.model.org.OrgUnit;
import io.accessgraph.model.org.Organization;
import io.accessgraph.model.policy.PolicyDocument;
import io.accessgraph.model.policy.PolicyDocumentParser;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Decisions per second of the policy engine on realistic policies: 400 principals in a member
 * account under three SCP levels (FullAWSAccess, a region Deny with NotAction and a Deny at the
 * root), each with three of six managed policies (20-statement read-only style policy, S3 by
 * bucket, EC2 with tag conditions, IAM self-service with variables, ...), an inline policy and for
 * half of them a boundary. Requests mix allowed, denied and conditional outcomes.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar PolicyEvaluation -f 2 -wi 3 -i 5 -w 3s -r 3s
 * -t 1}; on a shared machine also {@link DecisionsPerCpuSecond}, which counts the CPU time the
 * thread was given instead of wall time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class PolicyEvaluationBenchmark {
  private static final String ACC = "111111111111";
  private static final String MGMT = "999999999999";
  private static final int PRINCIPALS = 400;
  private static final int REQUESTS = 4096;

  private PolicyEngine engine;
  private AccessRequest[] requests;
  private String[][] assumePairs;
  private String[] adminPrincipals;
  private int next;

  @Setup
  public void setup() {
    engine = PolicyEngine.of(snapshot());
    Random random = new Random(42);
    String[] actions = {
      "s3:GetObject", "s3:PutObject", "s3:DeleteBucket", "ec2:RunInstances",
      "ec2:DescribeInstances", "ec2:TerminateInstances", "iam:PassRole", "iam:CreateAccessKey",
      "iam:GetUser", "lambda:InvokeFunction", "dynamodb:GetItem", "kms:Decrypt",
      "cloudwatch:GetMetricData", "organizations:LeaveOrganization"
    };
    String[] resources = {
      "arn:aws:s3:::app-data/reports/q1.csv",
      "arn:aws:s3:::logs/x",
      "*",
      "arn:aws:ec2:eu-west-1:" + ACC + ":instance/i-0123456789",
      "arn:aws:iam::" + ACC + ":role/app-7",
      "arn:aws:iam::" + ACC + ":user/user-3",
      "arn:aws:lambda:eu-west-1:" + ACC + ":function:f",
      "arn:aws:dynamodb:eu-west-1:" + ACC + ":table/t"
    };
    requests = new AccessRequest[REQUESTS];
    assumePairs = new String[REQUESTS][];
    for (int i = 0; i < REQUESTS; i++) {
      String principal = principalArn(random.nextInt(PRINCIPALS));
      AccessRequest r =
          AccessRequest.of(
              principal,
              actions[random.nextInt(actions.length)],
              resources[random.nextInt(resources.length)]);
      if (random.nextInt(4) == 0) {
        r = r.withContext("aws:RequestedRegion", random.nextBoolean() ? "eu-west-1" : "us-east-1");
      }
      requests[i] = r;
      assumePairs[i] =
          new String[] {
            principal, "arn:aws:iam::" + ACC + ":role/app-" + random.nextInt(PRINCIPALS / 2)
          };
    }
    adminPrincipals = engine.principalArns().toArray(String[]::new);
  }

  @Benchmark
  public Decision evaluate() {
    AccessRequest r = requests[next++ & (REQUESTS - 1)];
    return engine.evaluate(r);
  }

  @Benchmark
  public Decision canAssume() {
    String[] pair = assumePairs[next++ & (REQUESTS - 1)];
    return engine.canAssume(pair[0], pair[1]);
  }

  /** The all-actions check that escalation analysis runs once per principal. */
  @Benchmark
  public AdminVerdict admin() {
    return engine.admin(adminPrincipals[Math.floorMod(next++, adminPrincipals.length)]);
  }

  private static String principalArn(int i) {
    return i % 2 == 0
        ? "arn:aws:iam::" + ACC + ":user/user-" + i / 2
        : "arn:aws:iam::" + ACC + ":role/app-" + i / 2;
  }

  static PolicyDocument doc(String singleQuoted) {
    return PolicyDocumentParser.parse(singleQuoted.replace('\'', '"'));
  }

  static Snapshot snapshot() {
    List<ManagedPolicy> managed = new ArrayList<>();
    String[] policyJson = {
      readOnlyStyle(), s3Policy(), ec2Policy(), iamSelfService(), lambdaDynamo(), kmsPolicy()
    };
    for (int i = 0; i < policyJson.length; i++) {
      String arn = "arn:aws:iam::" + ACC + ":policy/P" + i;
      managed.add(
          new ManagedPolicy(
              arn,
              "P" + i,
              "ANPA" + i,
              "/",
              "v1",
              1,
              List.of(new PolicyVersion("v1", true, doc(policyJson[i])))));
    }
    String boundaryArn = "arn:aws:iam::" + ACC + ":policy/Boundary";
    managed.add(
        new ManagedPolicy(
            boundaryArn,
            "Boundary",
            "ANPAB",
            "/",
            "v1",
            1,
            List.of(
                new PolicyVersion(
                    "v1",
                    true,
                    doc(
                        "{'Statement':[{'Effect':'Allow','NotAction':['iam:*','organizations:*'],'Resource':'*'},"
                            + "{'Effect':'Allow','Action':['iam:Get*','iam:List*','iam:PassRole'],'Resource':'*'}]}")))));
    List<User> users = new ArrayList<>();
    List<Role> roles = new ArrayList<>();
    Random random = new Random(7);
    for (int i = 0; i < PRINCIPALS / 2; i++) {
      List<String> attached =
          List.of(
              managed.get(random.nextInt(6)).arn(),
              managed.get(random.nextInt(6)).arn(),
              managed.get(random.nextInt(6)).arn());
      List<InlinePolicy> inline =
          List.of(
              new InlinePolicy(
                  "own",
                  doc(
                      "{'Statement':[{'Effect':'Allow','Action':'s3:*','Resource':'arn:aws:s3:::home/${aws:username}/*'},"
                          + "{'Effect':'Deny','Action':'s3:DeleteBucket','Resource':'*'}]}")));
      String boundary = i % 2 == 0 ? boundaryArn : null;
      users.add(
          new User(
              "arn:aws:iam::" + ACC + ":user/user-" + i,
              "user-" + i,
              "AIDA" + i,
              "/",
              null,
              List.of(),
              inline,
              attached,
              boundary,
              Map.of("team", i % 3 == 0 ? "red" : "blue"),
              List.of(),
              null,
              null));
      roles.add(
          new Role(
              "arn:aws:iam::" + ACC + ":role/app-" + i,
              "app-" + i,
              "AROA" + i,
              "/",
              null,
              doc(
                  "{'Statement':[{'Effect':'Allow','Principal':{'Service':'ec2.amazonaws.com'},'Action':'sts:AssumeRole'},"
                      + "{'Effect':'Allow','Principal':{'AWS':'arn:aws:iam::"
                      + ACC
                      + ":root'},'Action':'sts:AssumeRole',"
                      + "'Condition':{'StringEquals':{'aws:PrincipalTag/team':'red'}}}]}"),
              inline,
              attached,
              boundary,
              Map.of("env", "prod"),
              List.of(),
              null));
    }
    AccountSnapshot account =
        new AccountSnapshot(
            ACC, users, List.of(), roles, managed, List.of(), List.of(), List.of(), List.of());
    Organization org =
        new Organization(
            "o-bench",
            null,
            MGMT,
            List.of(new OrgRoot("r-root", null, "Root")),
            List.of(
                new OrgUnit("ou-a", null, "a", "r-root"), new OrgUnit("ou-b", null, "b", "ou-a")),
            List.of(
                new OrgAccount(ACC, null, "w", null, "ACTIVE", "ou-b"),
                new OrgAccount(MGMT, null, "m", null, "ACTIVE", "r-root")),
            List.of(
                new OrgPolicy(
                    "p-full",
                    "arn:aws:organizations::"
                        + MGMT
                        + ":policy/o-bench/service_control_policy/p-full",
                    "FullAWSAccess",
                    OrgPolicy.SCP,
                    true,
                    doc("{'Statement':{'Effect':'Allow','Action':'*','Resource':'*'}}"),
                    List.of("r-root", "ou-a", "ou-b", ACC, MGMT)),
                new OrgPolicy(
                    "p-region",
                    "arn:aws:organizations::"
                        + MGMT
                        + ":policy/o-bench/service_control_policy/p-region",
                    "DenyOutsideEu",
                    OrgPolicy.SCP,
                    false,
                    doc(
                        "{'Statement':{'Effect':'Deny','NotAction':['iam:*','sts:*','organizations:*','cloudfront:*'],'Resource':'*',"
                            + "'Condition':{'StringNotLike':{'aws:RequestedRegion':['eu-*']}}}}"),
                    List.of("ou-a")),
                new OrgPolicy(
                    "p-leave",
                    "arn:aws:organizations::"
                        + MGMT
                        + ":policy/o-bench/service_control_policy/p-leave",
                    "DenyLeave",
                    OrgPolicy.SCP,
                    false,
                    doc(
                        "{'Statement':{'Effect':'Deny','Action':'organizations:LeaveOrganization','Resource':'*'}}"),
                    List.of("r-root"))));
    return new Snapshot(Optional.of(org), Map.of(ACC, account), List.of());
  }

  private static String readOnlyStyle() {
    StringBuilder sb = new StringBuilder("{'Statement':[");
    String[] services = {
      "ec2", "s3", "iam", "lambda", "dynamodb", "cloudwatch", "logs", "sns", "sqs", "kms"
    };
    for (int i = 0; i < services.length; i++) {
      sb.append(i == 0 ? "" : ",")
          .append("{'Sid':'Read")
          .append(i)
          .append("','Effect':'Allow','Action':['")
          .append(services[i])
          .append(":Describe*','")
          .append(services[i])
          .append(":Get*','")
          .append(services[i])
          .append(":List*'],'Resource':'*'}");
      sb.append(",{'Effect':'Allow','Action':'")
          .append(services[i])
          .append(":BatchGet*','Resource':'arn:aws:")
          .append(services[i])
          .append(":*:")
          .append(ACC)
          .append(":*'}");
    }
    return sb.append("]}").toString();
  }

  private static String s3Policy() {
    return "{'Statement':[{'Effect':'Allow','Action':['s3:GetObject','s3:PutObject'],'Resource':['arn:aws:s3:::app-data/*','arn:aws:s3:::app-config/*']},"
        + "{'Effect':'Allow','Action':'s3:ListBucket','Resource':['arn:aws:s3:::app-data','arn:aws:s3:::app-config'],"
        + "'Condition':{'StringLike':{'s3:prefix':['reports/*','']}}},"
        + "{'Effect':'Deny','Action':'s3:*','Resource':'arn:aws:s3:::app-data/secret/*'}]}";
  }

  private static String ec2Policy() {
    return "{'Statement':[{'Effect':'Allow','Action':['ec2:StartInstances','ec2:StopInstances','ec2:TerminateInstances'],'Resource':'*',"
        + "'Condition':{'StringEquals':{'aws:PrincipalTag/team':'red'}}},"
        + "{'Effect':'Allow','Action':'ec2:RunInstances','Resource':'*','Condition':{'StringEquals':{'aws:RequestedRegion':'eu-west-1'}}},"
        + "{'Effect':'Allow','Action':'iam:PassRole','Resource':'arn:aws:iam::"
        + ACC
        + ":role/app-*',"
        + "'Condition':{'StringEquals':{'iam:PassedToService':'ec2.amazonaws.com'}}}]}";
  }

  private static String iamSelfService() {
    return "{'Statement':[{'Effect':'Allow','Action':['iam:CreateAccessKey','iam:DeleteAccessKey','iam:GetUser','iam:ChangePassword'],"
        + "'Resource':'arn:aws:iam::*:user/${aws:username}'},"
        + "{'Effect':'Deny','NotAction':['iam:*','sts:GetSessionToken'],'Resource':'*','Condition':{'BoolIfExists':{'aws:MultiFactorAuthPresent':'false'}}}]}";
  }

  private static String lambdaDynamo() {
    return "{'Statement':[{'Effect':'Allow','Action':['lambda:InvokeFunction','lambda:GetFunction'],'Resource':'arn:aws:lambda:*:"
        + ACC
        + ":function:*'},"
        + "{'Effect':'Allow','Action':['dynamodb:GetItem','dynamodb:Query','dynamodb:PutItem'],'Resource':'arn:aws:dynamodb:eu-west-1:${aws:PrincipalAccount}:table/*'}]}";
  }

  private static String kmsPolicy() {
    return "{'Statement':[{'Effect':'Allow','Action':['kms:Decrypt','kms:Encrypt','kms:GenerateDataKey'],'Resource':'*',"
        + "'Condition':{'StringEquals':{'kms:ViaService':'s3.eu-west-1.amazonaws.com'}}},"
        + "{'Effect':'Allow','Action':'*','Resource':'*','Condition':{'IpAddress':{'aws:SourceIp':'10.0.0.0/8'}}}]}";
  }
}
