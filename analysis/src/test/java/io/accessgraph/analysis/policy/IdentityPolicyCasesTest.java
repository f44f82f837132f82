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
 * Identity-based policies within one account, no organization. Sources (IAM User Guide): PE =
 * "Policy evaluation logic" (explicit deny wins, implicit deny, union of identity policies), AC =
 * "IAM JSON policy elements: Action / NotAction", RS = "Resource / NotResource", PV = "Policy
 * variables", CO = "Condition operators", GK = "AWS global condition context keys".
 */
class IdentityPolicyCasesTest {
  static final String A = "111111111111";
  static final PolicyEngine ENGINE = world().engine();

  static World world() {
    World w = new World();
    World.Acc a = w.account(A);
    String s3Read =
        a.managed(
            "S3Read", allow("s3:GetObject,s3:ListBucket", "arn:aws:s3:::data,arn:aws:s3:::data/*"));
    String ec2All = a.managed("Ec2All", allow("ec2:*", "*"));
    String denyTerminate = a.managed("DenyTerminate", deny("ec2:TerminateInstances", "*"));
    String split1 = a.managed("IamSplit1", allow("iam:GetRole", "*"));
    String split2 = a.managed("IamSplit2", allow("iam:ListRoles", "*"));
    a.userWith(
        "alice",
        List.of(),
        List.of(s3Read),
        null,
        Map.of(),
        allow("s3:PutObject", "arn:aws:s3:::data/alice/*"));
    a.group("ops", List.of(ec2All), deny("ec2:TerminateInstances", "*"));
    a.userWith("bob", List.of("ops"), List.of(), null, Map.of());
    a.userWith("carol", List.of(), List.of(ec2All, denyTerminate), null, Map.of());
    a.user(
        "dave",
        "{'Statement':[{'Effect':'Allow','Action':'ec2:*','Resource':'*'},"
            + "{'Sid':'NoTerminate','Effect':'Deny','Action':'ec2:Terminate*','Resource':'*'}]}");
    a.user("erin", "{'Statement':{'Effect':'Allow','NotAction':'iam:*','Resource':'*'}}");
    a.user(
        "frank",
        "{'Statement':{'Effect':'Allow','Action':'s3:*','NotResource':['arn:aws:s3:::secret','arn:aws:s3:::secret/*']}}");
    a.user(
        "gina",
        "{'Statement':[{'Effect':'Allow','Action':'s3:*','Resource':'arn:aws:s3:::home/${aws:username}/*'},"
            + "{'Effect':'Allow','Action':'iam:ChangePassword','Resource':'arn:aws:iam::*:user/${aws:username}'},"
            + "{'Effect':'Allow','Action':'dynamodb:GetItem','Resource':'arn:aws:dynamodb:*:${aws:PrincipalAccount}:table/t'},"
            + "{'Effect':'Allow','Action':'sqs:SendMessage','Resource':'arn:aws:sqs:*:*:q-${aws:SourceIdentity}'}]}");
    a.userWith(
        "hank",
        List.of(),
        List.of(),
        null,
        Map.of("team", "devs"),
        "{'Statement':[{'Effect':'Allow','Action':'ec2:*','Resource':'*','Condition':{'Bool':{'aws:MultiFactorAuthPresent':'true'}}},"
            + "{'Effect':'Allow','Action':'s3:*','Resource':'*','Condition':{'IpAddress':{'aws:SourceIp':'203.0.113.0/24'}}},"
            + "{'Effect':'Allow','Action':'iam:*','Resource':'*','Condition':{'StringEquals':{'aws:PrincipalTag/team':'admins'}}},"
            + "{'Effect':'Allow','Action':'sts:GetCallerIdentity','Resource':'*','Condition':{'StringEquals':{'aws:PrincipalTag/team':'devs'}}},"
            + "{'Effect':'Allow','Action':'lambda:*','Resource':'*','Condition':{'StringEquals':{'aws:PrincipalTag/project':'x'}}},"
            + "{'Effect':'Allow','Action':'kms:Decrypt','Resource':'*','Condition':{'StringEquals':{'aws:username':'hank','aws:PrincipalType':'User'}}},"
            + "{'Effect':'Allow','Action':'logs:*','Resource':'*','Condition':{'Weird':{'aws:username':'hank'}}}]}");
    a.user(
        "ivy",
        "{'Statement':[{'Effect':'Allow','Action':'*','Resource':'*'},"
            + "{'Sid':'DenyAllExceptListedIfNoMFA','Effect':'Deny','NotAction':['iam:*','sts:GetSessionToken'],'Resource':'*',"
            + "'Condition':{'BoolIfExists':{'aws:MultiFactorAuthPresent':'false'}}}]}");
    a.user("jack");
    a.group("g1", List.of(split1));
    a.group("g2", List.of(split2));
    a.userWith("kim", List.of("g1", "g2"), List.of(), null, Map.of());
    a.userWith(
        "leo",
        List.of("nogroup"),
        List.of("arn:aws:iam::111111111111:policy/Gone"),
        null,
        Map.of(),
        allow("sqs:*", "*"));
    a.user("mia", allow("iam:Get*,iam:List*,s3:Get?bject", "*"));
    a.user(
        "ned",
        "{'Statement':{'Effect':'Allow','Action':'IAM:getrole','Resource':'arn:aws:s3:::Data/*'}}");
    a.user(
        "otto",
        "{'Statement':{'Effect':'Allow','Action':['s3:GetObject'],'Resource':'*','Condition':"
            + "{'StringEquals':{'aws:RequestedRegion':'eu-west-1'},'StringLike':{'s3:prefix':'home/*'}}}}");
    a.role(
        "app",
        World.trust("{'Service':'ec2.amazonaws.com'}"),
        "{'Statement':[{'Effect':'Allow','Action':'dynamodb:*','Resource':'arn:aws:dynamodb:eu-west-1:${aws:PrincipalAccount}:table/*'},"
            + "{'Effect':'Allow','Action':'s3:GetObject','Resource':'*','Condition':{'StringLike':{'aws:userid':'AROAAPP:i-*'}}},"
            + "{'Effect':'Deny','Action':'dynamodb:DeleteTable','Resource':'*','Condition':{'StringEquals':{'aws:PrincipalType':'AssumedRole'}}}]}");
    return w;
  }

  @ParameterizedTest(name = "[{index}] {0} {1} {2} [{3}] -> {4}: {5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          user/alice | s3:GetObject         | arn:aws:s3:::data/report.csv      |  | ALLOW | PE: allowed by an attached managed policy
          user/alice | s3:ListBucket        | arn:aws:s3:::data                 |  | ALLOW | RS: bucket ARN listed
          user/alice | s3:PutObject         | arn:aws:s3:::data/alice/x         |  | ALLOW | PE: union of inline and managed policies
          user/alice | s3:PutObject         | arn:aws:s3:::data/bob/x           |  | DENY  | RS: resource outside the pattern -> implicit deny
          user/alice | s3:DeleteObject      | arn:aws:s3:::data/report.csv      |  | DENY  | PE: action not allowed -> implicit deny
          user/alice | s3:GetObject         | arn:aws:s3:::other/report.csv     |  | DENY  | RS: resource constraint excludes the target
          user/bob   | ec2:RunInstances     | *                                 |  | ALLOW | PE: group's attached policy applies to members
          user/bob   | ec2:TerminateInstances | arn:aws:ec2:eu-west-1:111111111111:instance/i-1 | | DENY | PE: group inline Deny overrides group Allow
          user/carol | ec2:StartInstances   | *                                 |  | ALLOW | PE: Allow in one managed policy
          user/carol | ec2:TerminateInstances | *                               |  | DENY  | PE: explicit deny in a different policy wins
          user/dave  | ec2:DescribeInstances | *                                |  | ALLOW | PE: Allow and Deny in one policy, Deny not matching
          user/dave  | ec2:TerminateInstances | *                               |  | DENY  | PE: Allow and Deny in one policy, Deny wins
          user/dave  | ec2:terminateinstances | *                               |  | DENY  | AC: action names are case-insensitive
          user/erin  | s3:GetObject         | *                                 |  | ALLOW | AC: NotAction allows everything not listed
          user/erin  | ec2:RunInstances     | *                                 |  | ALLOW | AC: NotAction allows everything not listed
          user/erin  | iam:CreateUser       | *                                 |  | DENY  | AC: NotAction excludes iam:*
          user/erin  | IAM:createuser       | *                                 |  | DENY  | AC: NotAction match is case-insensitive
          user/frank | s3:GetObject         | arn:aws:s3:::public/x             |  | ALLOW | RS: NotResource allows every other resource
          user/frank | s3:GetObject         | arn:aws:s3:::secret/x             |  | DENY  | RS: NotResource excludes the target
          user/frank | s3:ListBucket        | arn:aws:s3:::secret               |  | DENY  | RS: NotResource excludes the bucket
          user/frank | s3:ListBucket        | arn:aws:s3:::Secret               |  | ALLOW | RS: ARNs are case-sensitive
          user/gina  | s3:GetObject         | arn:aws:s3:::home/gina/notes.txt  |  | ALLOW | PV: ${aws:username} in Resource
          user/gina  | s3:GetObject         | arn:aws:s3:::home/hank/notes.txt  |  | DENY  | PV: another user's folder
          user/gina  | iam:ChangePassword   | arn:aws:iam::111111111111:user/gina |  | ALLOW | PV: own user only
          user/gina  | iam:ChangePassword   | arn:aws:iam::111111111111:user/alice |  | DENY | PV: not another user
          user/gina  | dynamodb:GetItem     | arn:aws:dynamodb:eu-west-1:111111111111:table/t | | ALLOW | PV: ${aws:PrincipalAccount}
          user/gina  | dynamodb:GetItem     | arn:aws:dynamodb:eu-west-1:222222222222:table/t | | DENY | PV: ${aws:PrincipalAccount} differs
          user/gina  | sqs:SendMessage      | arn:aws:sqs:eu-west-1:111111111111:q-build | | CONDITIONAL | PV: variable only the request can supply
          user/gina  | sqs:SendMessage      | arn:aws:sqs:eu-west-1:111111111111:q-build | aws:SourceIdentity=build | ALLOW | PV: variable given in the context
          user/gina  | sqs:SendMessage      | arn:aws:sqs:eu-west-1:111111111111:q-build | aws:SourceIdentity=ci | DENY | PV: variable given, pattern excludes
          user/hank  | ec2:RunInstances     | *                                 |  | CONDITIONAL | GK: aws:MultiFactorAuthPresent is request-time
          user/hank  | ec2:RunInstances     | *                                 | aws:MultiFactorAuthPresent=true | ALLOW | CO Bool with the key known
          user/hank  | ec2:RunInstances     | *                                 | aws:MultiFactorAuthPresent=false | DENY | CO Bool false -> statement does not apply
          user/hank  | s3:GetObject         | *                                 |  | CONDITIONAL | GK: aws:SourceIp is request-time
          user/hank  | s3:GetObject         | *                                 | aws:SourceIp=203.0.113.9 | ALLOW | CO IpAddress inside the range
          user/hank  | s3:GetObject         | *                                 | aws:SourceIp=198.51.100.1 | DENY | CO IpAddress outside the range
          user/hank  | iam:CreateUser       | *                                 |  | DENY  | GK: aws:PrincipalTag/team resolved from the user (devs)
          user/hank  | sts:GetCallerIdentity | *                                |  | ALLOW | GK: aws:PrincipalTag/team resolved (devs)
          user/hank  | lambda:InvokeFunction | *                                |  | DENY  | GK: absent principal tag -> condition false
          user/hank  | kms:Decrypt          | *                                 |  | ALLOW | GK: aws:username and aws:PrincipalType known; keys ANDed
          user/hank  | logs:PutLogEvents    | *                                 |  | CONDITIONAL | CO: unknown operator -> CONDITIONAL with a warning
          user/ivy   | s3:GetObject         | *                                 |  | CONDITIONAL | PE: conditional Deny (MFA) on an Allow *
          user/ivy   | s3:GetObject         | *                                 | aws:MultiFactorAuthPresent=true | ALLOW | CO BoolIfExists: MFA present, Deny does not apply
          user/ivy   | s3:GetObject         | *                                 | aws:MultiFactorAuthPresent=false | DENY | CO BoolIfExists: no MFA, Deny applies
          user/ivy   | iam:ChangePassword   | *                                 |  | ALLOW | AC: NotAction in a Deny leaves iam:* alone
          user/ivy   | sts:GetSessionToken  | *                                 |  | ALLOW | AC: NotAction in a Deny
          user/jack  | s3:GetObject         | *                                 |  | DENY  | PE: no policy -> implicit deny
          user/kim   | iam:GetRole          | *                                 |  | ALLOW | PE: permissions split over groups (first)
          user/kim   | iam:ListRoles        | *                                 |  | ALLOW | PE: permissions split over groups (second)
          user/kim   | iam:DeleteRole       | *                                 |  | DENY  | PE: neither group allows
          user/leo   | sqs:SendMessage      | *                                 |  | ALLOW | PE: missing attached policy only warns
          user/mia   | iam:GetUser          | *                                 |  | ALLOW | AC: wildcard iam:Get*
          user/mia   | iam:ListUsers        | *                                 |  | ALLOW | AC: wildcard iam:List*
          user/mia   | iam:PutUserPolicy    | *                                 |  | DENY  | AC: iam:Put* not allowed
          user/mia   | s3:GetObject         | *                                 |  | ALLOW | AC: ? matches one character
          user/mia   | s3:GetObjectAcl      | *                                 |  | DENY  | AC: ? matches exactly one character
          user/ned   | iam:GetRole          | arn:aws:s3:::Data/x               |  | ALLOW | AC: action in policy written in another case
          user/ned   | iam:GetRole          | arn:aws:s3:::data/x               |  | DENY  | RS: ARNs are case-sensitive
          user/otto  | s3:GetObject         | *                                 |  | CONDITIONAL | MV: two request-time keys, both open
          user/otto  | s3:GetObject         | *                                 | aws:RequestedRegion=eu-west-1;s3:prefix=home/a | ALLOW | MV: operators ANDed, both true
          user/otto  | s3:GetObject         | *                                 | aws:RequestedRegion=us-east-1 | DENY | MV: one operator false -> no match
          user/otto  | s3:GetObject         | *                                 | aws:RequestedRegion=eu-west-1 | CONDITIONAL | MV: one true, one open
          role/app   | dynamodb:GetItem     | arn:aws:dynamodb:eu-west-1:111111111111:table/t | | ALLOW | PV: ${aws:PrincipalAccount} for a role
          role/app   | dynamodb:GetItem     | arn:aws:dynamodb:us-east-1:111111111111:table/t | | DENY | RS: region component differs
          role/app   | dynamodb:DeleteTable | arn:aws:dynamodb:eu-west-1:111111111111:table/t | | DENY | GK: aws:PrincipalType is AssumedRole for role sessions
          role/app   | s3:GetObject         | *                                 |  | CONDITIONAL | GK: aws:userid of a role needs the session name
          arn:aws:sts::111111111111:assumed-role/app/i-0abc | s3:GetObject | * | | ALLOW | GK: aws:userid is role-id:session for a session ARN
          arn:aws:sts::111111111111:assumed-role/app/bob | s3:GetObject | * | | DENY | GK: session name does not match
          arn:aws:sts::111111111111:assumed-role/app/x | dynamodb:GetItem | arn:aws:dynamodb:eu-west-1:111111111111:table/t | | ALLOW | PE: a session has its role's permissions
          arn:aws:iam::111111111111:root | s3:GetObject | * | | ALLOW | PE: the account root user has full access (no SCPs here)
          """)
  void identity(
      String principal,
      String action,
      String resource,
      String context,
      Verdict expected,
      String rule) {
    Decision d =
        ENGINE.evaluate(
            AccessRequest.of(Cases.principal(A, principal), action, resource)
                .withContext(Cases.context(context)));
    assertThat(d.verdict()).as(rule + " " + d).isEqualTo(expected);
    if (expected == Verdict.CONDITIONAL) {
      assertThat(d.unresolvedConditions())
          .as("conditional decisions list their conditions")
          .isNotEmpty();
    }
    if (expected == Verdict.ALLOW && !principal.endsWith(":root")) {
      assertThat(d.evidence()).as("allow has evidence").isNotEmpty();
    }
  }

  @Test
  void explicitDenyNamesTheDenyStatement() {
    Decision d =
        ENGINE.evaluate(
            AccessRequest.of(Cases.principal(A, "user/dave"), "ec2:TerminateInstances", "*"));
    assertThat(d.explicitDeny()).isTrue();
    assertThat(d.evidence())
        .extracting(Evidence::toString)
        .containsExactly(
            "ec2:TerminateInstances denied by arn:aws:iam::111111111111:user/dave#inline:inline0"
                + " statement 1 (Sid NoTerminate)");
  }

  @Test
  void implicitDenySaysWhy() {
    Decision d =
        ENGINE.evaluate(AccessRequest.of(Cases.principal(A, "user/jack"), "s3:GetObject", "*"));
    assertThat(d.explicitDeny()).isFalse();
    assertThat(d.reasons()).containsExactly("no identity-based policy allows s3:GetObject on *");
  }

  @Test
  void allowEvidenceNamesManagedPolicyAndStatement() {
    Decision d =
        ENGINE.evaluate(
            AccessRequest.of(
                Cases.principal(A, "user/alice"), "s3:GetObject", "arn:aws:s3:::data/x"));
    assertThat(d.evidence())
        .extracting(Evidence::toString)
        .containsExactly(
            "s3:GetObject allowed by arn:aws:iam::111111111111:policy/S3Read statement 0");
  }

  @Test
  void unknownOperatorWarns() {
    Decision d =
        ENGINE.evaluate(
            AccessRequest.of(Cases.principal(A, "user/hank"), "logs:PutLogEvents", "*"));
    assertThat(d.warnings()).anyMatch(w -> w.contains("unknown condition operator 'Weird'"));
  }

  @Test
  void missingPoliciesWarn() {
    Decision d =
        ENGINE.evaluate(AccessRequest.of(Cases.principal(A, "user/leo"), "sqs:SendMessage", "*"));
    assertThat(d.warnings())
        .anyMatch(w -> w.contains("policy/Gone"))
        .anyMatch(w -> w.contains("nogroup"));
  }

  @Test
  void conditionalListsTheCondition() {
    Decision d =
        ENGINE.evaluate(AccessRequest.of(Cases.principal(A, "user/hank"), "s3:GetObject", "*"));
    assertThat(d.unresolvedConditions())
        .containsExactly(
            "IpAddress aws:SourceIp [203.0.113.0/24] (arn:aws:iam::111111111111:user/hank#inline:inline0 statement 1)");
  }

  @Test
  void conditionalDenyIsListedNegated() {
    Decision d =
        ENGINE.evaluate(AccessRequest.of(Cases.principal(A, "user/ivy"), "s3:GetObject", "*"));
    assertThat(d.unresolvedConditions())
        .singleElement()
        .asString()
        .startsWith("not: BoolIfExists aws:MultiFactorAuthPresent");
  }
}
