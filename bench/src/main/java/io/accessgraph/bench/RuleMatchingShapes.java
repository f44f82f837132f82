package io.accessgraph.bench;

import io.accessgraph.model.iam.InlinePolicy;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.org.OrgAccount;
import io.accessgraph.model.org.Organization;
import io.accessgraph.model.policy.PolicyDocumentParser;
import io.accessgraph.model.policy.PrincipalBlock;
import io.accessgraph.model.policy.Statement;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grant shapes {@link RuleMatchingShapeBenchmark} adds to one account of a synthetic
 * organization, as IAM users with one inline policy each. The account keeps its own principals, so
 * the shapes are matched against a realistic target population.
 */
final class RuleMatchingShapes {
  /** Name prefix of the added users: {@code bench-SHAPE-NN}. */
  static final String PREFIX = "bench-";

  private RuleMatchingShapes() {}

  /**
   * The policy of a shape; {@code %ACCOUNT%} and {@code %ROLE%} are replaced by the account id and,
   * for the narrow shape, the one role it may pass.
   */
  static String policy(String shape) {
    return switch (shape) {
      // The most common principal: a handful of actions on named resources, its own keys, and
      // one role it may pass to EC2.
      case "narrow" ->
          "{'Statement':["
              + "{'Effect':'Allow','Action':['s3:GetObject','s3:PutObject'],'Resource':'arn:aws:s3:::reports-%ACCOUNT%/*'},"
              + "{'Effect':'Allow','Action':['iam:CreateAccessKey','iam:DeleteAccessKey','iam:ListAccessKeys'],"
              + "'Resource':'arn:aws:iam::%ACCOUNT%:user/${aws:username}'},"
              + "{'Effect':'Allow','Action':'iam:PassRole','Resource':'%ROLE%'},"
              + "{'Effect':'Allow','Action':['ec2:RunInstances','ec2:DescribeInstances'],'Resource':'*'},"
              + "{'Effect':'Allow','Action':['lambda:InvokeFunction','lambda:UpdateFunctionCode'],"
              + "'Resource':'arn:aws:lambda:eu-west-1:%ACCOUNT%:function:report-builder'}]}";
      // Service wildcards on every resource: every IAM method's action is held.
      case "wildcard" ->
          "{'Statement':[{'Effect':'Allow',"
              + "'Action':['iam:*','sts:*','ec2:*','lambda:*'],'Resource':'*'}]}";
      // A deployment principal: any role of the account to every compute service.
      case "passrole" ->
          "{'Statement':["
              + "{'Effect':'Allow','Action':'iam:PassRole','Resource':'arn:aws:iam::%ACCOUNT%:role/*'},"
              + "{'Effect':'Allow','Action':["
              + "'ec2:RunInstances','ec2:RequestSpotInstances','ec2:AssociateIamInstanceProfile',"
              + "'ec2:ReplaceIamInstanceProfileAssociation','lambda:CreateFunction',"
              + "'lambda:InvokeFunction','lambda:CreateEventSourceMapping','ecs:CreateCluster',"
              + "'ecs:RegisterTaskDefinition','ecs:RunTask','ecs:CreateService','glue:CreateDevEndpoint',"
              + "'glue:CreateJob','glue:StartJobRun','sagemaker:CreateNotebookInstance',"
              + "'sagemaker:CreateTrainingJob','cloudformation:CreateStack','codebuild:CreateProject',"
              + "'codebuild:StartBuild'],'Resource':'*'}]}";
      default ->
          throw new IllegalArgumentException(
              "unknown shape '" + shape + "': expected none, narrow, wildcard or passrole");
    };
  }

  /** The first account whose organization name contains {@code kind}, e.g. "-prod-". */
  static String accountOfKind(Snapshot snapshot, String kind) {
    Organization org =
        snapshot
            .organization()
            .orElseThrow(() -> new IllegalStateException("the snapshot has no organization"));
    return org.accounts().stream()
        .filter(a -> a.name() != null && a.name().contains(kind))
        .map(OrgAccount::id)
        .filter(id -> snapshot.account(id).isPresent())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no account named *" + kind + "*"));
  }

  /** The snapshot with {@code count} users of the shape added to the account ("none": as is). */
  static Snapshot withShape(Snapshot snapshot, String accountId, String shape, int count) {
    if (shape.equals("none")) {
      return snapshot;
    }
    AccountSnapshot a = snapshot.account(accountId).orElseThrow();
    String json =
        policy(shape)
            .replace('\'', '"')
            .replace("%ACCOUNT%", accountId)
            .replace("%ROLE%", ec2Role(a));
    List<User> users = new ArrayList<>(a.users());
    for (int i = 0; i < count; i++) {
      String name = String.format("%s%s-%03d", PREFIX, shape, i);
      users.add(
          new User(
              "arn:aws:iam::" + accountId + ":user/" + name,
              name,
              "AIDABENCH" + shape.toUpperCase() + i,
              "/",
              null,
              List.of(),
              List.of(new InlinePolicy(shape, PolicyDocumentParser.parse(json))),
              List.of(),
              null,
              Map.of(),
              List.of(),
              null,
              null));
    }
    AccountSnapshot changed =
        new AccountSnapshot(
            a.accountId(),
            users,
            a.groups(),
            a.roles(),
            a.policies(),
            a.instanceProfiles(),
            a.instances(),
            a.identityProviders(),
            a.resources());
    Map<String, AccountSnapshot> accounts = new LinkedHashMap<>(snapshot.accounts());
    accounts.put(accountId, changed);
    return new Snapshot(snapshot.organization(), accounts, snapshot.problems());
  }

  /** The first role (by ARN) with an instance profile that EC2 may assume. */
  private static String ec2Role(AccountSnapshot account) {
    return account.roles().stream()
        .filter(r -> !r.instanceProfileArns().isEmpty() && trustsEc2(r))
        .map(Role::arn)
        .min(Comparator.naturalOrder())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "account " + account.accountId() + " has no EC2 role with a profile"));
  }

  private static boolean trustsEc2(Role role) {
    if (role.trustPolicy() == null) {
      return false;
    }
    for (Statement s : role.trustPolicy().statements()) {
      if (s.isAllow()
          && s.principal() != null
          && s.principal().values(PrincipalBlock.SERVICE).contains("ec2.amazonaws.com")) {
        return true;
      }
    }
    return false;
  }
}
