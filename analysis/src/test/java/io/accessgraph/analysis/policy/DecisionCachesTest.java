package io.accessgraph.analysis.policy;

import static io.accessgraph.analysis.policy.World.allow;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The engine keeps per-action statement lists, ready gates, per-principal variable bindings and
 * resolved callers. None of that may change an answer: a decision is the same on a fresh engine, in
 * any order, on any thread, for any number of distinct actions.
 */
class DecisionCachesTest {
  static final String A = "111111111111";

  static World world() {
    World w = new World().org("999999999999").ou("ou-prod", "r-root").member(A, "ou-prod");
    w.fullAccessEverywhere()
        .scp(
            "DenyOutsideEu",
            "{'Statement':{'Effect':'Deny','NotAction':['iam:*','sts:*'],'Resource':'*',"
                + "'Condition':{'StringNotLike':{'aws:RequestedRegion':['eu-*']}}}}",
            "ou-prod")
        .scp("DenyLeave", World.deny("organizations:LeaveOrganization", "*"), "r-root");
    World.Acc a = w.account(A);
    String boundary = a.managed("Boundary", allow("s3:*,ec2:*,sts:AssumeRole", "*"));
    String self =
        a.managed(
            "Self",
            "{'Statement':[{'Effect':'Allow','Action':'s3:*','Resource':'arn:aws:s3:::home/${aws:username}/*'},"
                + "{'Effect':'Allow','Action':'ec2:StartInstances','Resource':'*',"
                + "'Condition':{'StringEquals':{'aws:PrincipalTag/team':'red'}}},"
                + "{'Effect':'Allow','Action':'ec2:RunInstances','Resource':'*',"
                + "'Condition':{'IpAddress':{'aws:SourceIp':'10.0.0.0/8'}}},"
                + "{'Effect':'Deny','Action':'s3:DeleteBucket','Resource':'*'}]}");
    a.userWith("alice", List.of(), List.of(self), null, Map.of("team", "red"));
    a.userWith("bob", List.of(), List.of(self), boundary, Map.of("team", "blue"));
    a.userWith("carol", List.of(), List.of(self), boundary, Map.of(), allow("*", "*"));
    a.roleWith(
        "app",
        "/",
        "{'Statement':{'Effect':'Allow','Principal':{'AWS':'arn:aws:iam::"
            + A
            + ":root'},'Action':'sts:AssumeRole',"
            + "'Condition':{'StringEquals':{'aws:PrincipalTag/team':'red'}}}}",
        List.of(self),
        null,
        Map.of());
    return w;
  }

  static List<AccessRequest> requests() {
    List<String> principals =
        List.of("user/alice", "user/bob", "user/carol", "role/app").stream()
            .map(p -> "arn:aws:iam::" + A + ":" + p)
            .collect(Collectors.toList());
    List<String> actions =
        List.of(
            "s3:GetObject",
            "S3:getobject",
            " s3:PutObject ",
            "s3:DeleteBucket",
            "ec2:StartInstances",
            "ec2:RunInstances",
            "iam:PassRole",
            "organizations:LeaveOrganization",
            "sts:AssumeRole");
    List<String> resources =
        List.of(
            "*",
            "arn:aws:s3:::home/alice/x",
            "arn:aws:s3:::home/bob/x",
            "arn:aws:iam::" + A + ":role/app");
    List<Map<String, String>> contexts =
        List.of(
            Map.of(),
            Map.of("aws:RequestedRegion", "eu-west-1"),
            Map.of("aws:SourceIp", "10.1.2.3", "aws:RequestedRegion", "us-east-1"),
            Map.of("aws:username", "bob"));
    List<AccessRequest> out = new ArrayList<>();
    for (String p : principals) {
      for (String action : actions) {
        for (String r : resources) {
          for (Map<String, String> c : contexts) {
            out.add(new AccessRequest(p, action, r, c, null, null));
          }
        }
      }
    }
    return out;
  }

  @Test
  void answersOfOneLongLivedEngineEqualThoseOfFreshEnginesInAnyOrder() {
    World w = world();
    List<AccessRequest> requests = new ArrayList<>(requests());
    List<Decision> fresh = new ArrayList<>();
    for (AccessRequest r : requests) {
      fresh.add(w.engine().evaluate(r));
    }
    PolicyEngine shared = w.engine();
    List<Integer> order = IntStream.range(0, requests.size()).boxed().collect(Collectors.toList());
    for (long seed : new long[] {1, 2}) {
      Collections.shuffle(order, new Random(seed));
      for (int i : order) {
        assertThat(shared.evaluate(requests.get(i)))
            .as("%s", requests.get(i))
            .isEqualTo(fresh.get(i));
      }
    }
    assertThat(fresh).extracting(Decision::verdict).contains(Verdict.values());
  }

  @Test
  void decisionsOnManyThreadsEqualThoseOnOne() {
    World w = world();
    List<AccessRequest> requests = requests();
    PolicyEngine one = w.engine();
    List<Decision> sequential = requests.stream().map(one::evaluate).collect(Collectors.toList());
    PolicyEngine shared = w.engine();
    for (int round = 0; round < 4; round++) {
      List<Decision> parallel =
          requests.parallelStream().map(shared::evaluate).collect(Collectors.toList());
      assertThat(parallel).isEqualTo(sequential);
    }
  }

  @Test
  void actionsPastTheArrayCacheAreAnsweredTheSame() {
    World w = new World();
    String user =
        w.account(A)
            .user(
                "dev",
                "{'Statement':[{'Effect':'Allow','Action':'s3:*','Resource':'*'},"
                    + "{'Effect':'Deny','Action':'s3:Delete*','Resource':'*'}]}");
    PolicyEngine engine = w.engine();
    // Action ids are handed out per JVM: 4,500 new names take some past the array-backed range.
    for (int i = 0; i < 1500; i++) {
      String get = "s3:GetCacheProbe" + i;
      Decision allowed = engine.evaluate(AccessRequest.of(user, get, "*"));
      assertThat(allowed.verdict()).isEqualTo(Verdict.ALLOW);
      assertThat(allowed.evidence()).singleElement().extracting(Evidence::action).isEqualTo(get);
      String delete = " s3:DeleteCacheProbe" + i;
      Decision denied = engine.evaluate(AccessRequest.of(user, delete, "*"));
      assertThat(denied.explicitDeny()).isTrue();
      assertThat(denied.evidence())
          .singleElement()
          .extracting(Evidence::action)
          .isEqualTo(delete.trim());
      assertThat(engine.evaluate(AccessRequest.of(user, "ec2:CacheProbe" + i, "*")).verdict())
          .isEqualTo(Verdict.DENY);
    }
  }

  @Test
  void requestKeysOnlyReplacePrincipalVariablesWhenTheyNameAPrincipalKey() {
    PolicyEngine engine = world().engine();
    String alice = "arn:aws:iam::" + A + ":user/alice";
    String own = "arn:aws:s3:::home/alice/x";
    String bobs = "arn:aws:s3:::home/bob/x";
    Map<String, String> region = Map.of("aws:RequestedRegion", "eu-west-1");
    assertThat(engine.evaluate(req(alice, own, region)).verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(engine.evaluate(req(alice, bobs, region)).verdict()).isEqualTo(Verdict.DENY);
    Map<String, String> asBob = Map.of("aws:RequestedRegion", "eu-west-1", "AWS:UserName", "bob");
    assertThat(engine.evaluate(req(alice, own, asBob)).verdict()).isEqualTo(Verdict.DENY);
    assertThat(engine.evaluate(req(alice, bobs, asBob)).verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(engine.evaluate(req(alice, own, region)).verdict()).isEqualTo(Verdict.ALLOW);
  }

  @Test
  void everyKeyAPrincipalFixesIsOneThePrincipalMapIsSearchedFor() {
    Org org = new Org(Optional.empty(), Set.of());
    List<Map<String, List<String>>> maps =
        List.of(
            PrincipalKeys.forUser(
                "arn:aws:iam::" + A + ":user/u", "u", "AIDAU", A, Map.of("Team", "x"), org),
            PrincipalKeys.forRole(
                "arn:aws:iam::" + A + ":role/r", "AROAR", "s", A, Map.of("Env", "p"), org),
            PrincipalKeys.forRoot(A, org),
            PrincipalKeys.forService("ec2.amazonaws.com"),
            PrincipalKeys.forFederated("arn:aws:iam::" + A + ":oidc-provider/x"),
            PrincipalKeys.forExternal("222222222222", org));
    for (Map<String, List<String>> keys : maps) {
      assertThat(keys.keySet()).allSatisfy(k -> assertThat(PrincipalKeys.mayHold(k)).isTrue());
    }
    assertThat(List.of("aws:sourceip", "aws:requestedregion", "s3:prefix", "aws:resourcetag/x"))
        .allSatisfy(k -> assertThat(PrincipalKeys.mayHold(k)).isFalse());
  }

  /** The resource's account and tags are only looked up when a condition asks for them. */
  @Test
  void resourceAccountAndTagsAreFoundWhenAConditionAsks() {
    World w = new World().org("999999999999").ou("ou-prod", "r-root").member(A, "ou-prod");
    w.fullAccessEverywhere();
    World.Acc a = w.account(A);
    String ops =
        a.user(
            "ops",
            "{'Statement':["
                + "{'Effect':'Allow','Action':'iam:GetRole','Resource':'*',"
                + "'Condition':{'StringEquals':{'aws:ResourceTag/env':'prod'}}},"
                + "{'Effect':'Allow','Action':'iam:GetUser','Resource':'*',"
                + "'Condition':{'StringEquals':{'iam:ResourceTag/team':'red'}}},"
                + "{'Effect':'Allow','Action':'s3:GetObject','Resource':'*',"
                + "'Condition':{'StringEquals':{'aws:ResourceAccount':'"
                + A
                + "'}}},"
                + "{'Effect':'Allow','Action':'sqs:SendMessage','Resource':'*',"
                + "'Condition':{'StringEquals':{'aws:ResourceOrgID':'o-test'}}}]}");
    String tagged = a.roleWith("tagged", "/", null, List.of(), null, Map.of("env", "prod"));
    String plain = a.role("plain", null);
    String red = a.userWith("red", List.of(), List.of(), null, Map.of("team", "red"));
    PolicyEngine engine = w.engine();
    assertThat(verdict(engine, ops, "iam:GetRole", tagged, null)).isEqualTo(Verdict.ALLOW);
    assertThat(verdict(engine, ops, "iam:GetRole", plain, null)).isEqualTo(Verdict.DENY);
    assertThat(verdict(engine, ops, "iam:GetRole", a.arn("role", "ghost"), null))
        .isEqualTo(Verdict.CONDITIONAL);
    assertThat(verdict(engine, ops, "iam:GetUser", red, null)).isEqualTo(Verdict.ALLOW);
    assertThat(verdict(engine, ops, "iam:GetUser", ops, null)).isEqualTo(Verdict.DENY);
    assertThat(verdict(engine, ops, "s3:GetObject", "arn:aws:s3:::b/k", null))
        .isEqualTo(Verdict.ALLOW);
    assertThat(verdict(engine, ops, "s3:GetObject", "arn:aws:s3:::b/k", "222222222222"))
        .isEqualTo(Verdict.DENY);
    assertThat(verdict(engine, ops, "s3:GetObject", "arn:aws:s3:us-east-1:333333333333:x", null))
        .isEqualTo(Verdict.DENY);
    assertThat(verdict(engine, ops, "sqs:SendMessage", "arn:aws:sqs:eu-west-1:" + A + ":q", null))
        .isEqualTo(Verdict.ALLOW);
    assertThat(
            verdict(engine, ops, "sqs:SendMessage", "arn:aws:sqs:eu-west-1:444444444444:q", null))
        .isEqualTo(Verdict.DENY);
  }

  private static Verdict verdict(
      PolicyEngine engine, String principal, String action, String resource, String account) {
    return engine
        .evaluate(new AccessRequest(principal, action, resource, Map.of(), null, account))
        .verdict();
  }

  private static AccessRequest req(String principal, String resource, Map<String, String> ctx) {
    return new AccessRequest(principal, "s3:GetObject", resource, ctx, null, null);
  }
}
