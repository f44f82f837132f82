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
 * Admin detection (allowed * on * after denies, boundary and SCPs) and the effective-permissions
 * summary. Sources: AWS managed policy AdministratorAccess; PB / SCP / PE as in the other tables.
 */
class AdminAndPermissionsTest {
  static final String A = "111111111111";
  static final String B = "222222222222";
  static final PolicyEngine ENGINE = world().engine();

  static World world() {
    World w = new World().org("999999999999");
    w.ou("ou-locked", "r-root").member(A, "r-root").member(B, "ou-locked");
    w.scp("FullAWSAccess", allow("*", "*"), "r-root", A, B, "999999999999");
    w.scp("OnlyS3", allow("s3:*", "*"), "ou-locked");
    World.Acc a = w.account(A);
    String adminAccess = a.managed("AdministratorAccess", allow("*", "*"));
    String readOnly = a.managed("Boundary", allow("s3:Get*,iam:Get*", "*"));
    a.userWith("admin", List.of(), List.of(adminAccess), null, Map.of());
    a.group("admins", List.of(adminAccess));
    a.userWith("viaGroup", List.of("admins"), List.of(), null, Map.of());
    a.userWith("bounded", List.of(), List.of(adminAccess), readOnly, Map.of());
    a.userWith("denied", List.of(), List.of(adminAccess), null, Map.of(), deny("*", "*"));
    a.userWith("limited", List.of(), List.of(adminAccess), null, Map.of(), deny("iam:*", "*"));
    a.userWith(
        "mfa",
        List.of(),
        List.of(),
        null,
        Map.of(),
        "{'Statement':{'Effect':'Allow','Action':'*','Resource':'*','Condition':{'Bool':{'aws:MultiFactorAuthPresent':'true'}}}}");
    a.user("starStar", "{'Statement':{'Effect':'Allow','Action':'*:*','Resource':['*']}}");
    a.user("notAction", "{'Statement':{'Effect':'Allow','NotAction':'iam:*','Resource':'*'}}");
    a.user("s3only", allow("s3:*", "arn:aws:s3:::b/*"));
    a.user(
        "puts",
        "{'Statement':[{'Effect':'Allow','Action':'iam:Put*','Resource':'*'},"
            + "{'Effect':'Allow','Action':'s3:GetObject','Resource':'arn:aws:s3:::b/*','Condition':{'Bool':{'aws:SecureTransport':'true'}}},"
            + "{'Effect':'Deny','Action':'iam:PutUserPolicy','Resource':'*'}]}");
    a.role("adminRole", World.trust("{'AWS':'" + A + "'}"), allow("*", "*"));
    w.account(B).user("lockedAdmin", allow("*", "*"));
    return w;
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          arn:aws:iam::111111111111:user/admin       | ALLOW       | AdministratorAccess attached
          arn:aws:iam::111111111111:user/viaGroup    | ALLOW       | AdministratorAccess through a group
          arn:aws:iam::111111111111:role/adminRole   | ALLOW       | inline * on *
          arn:aws:sts::111111111111:assumed-role/adminRole/s | ALLOW | a session of an admin role
          arn:aws:iam::111111111111:user/starStar    | ALLOW       | *:* is every action
          arn:aws:iam::111111111111:user/bounded     | DENY        | PB: boundary caps an admin policy
          arn:aws:iam::111111111111:user/denied      | DENY        | PE: Deny * on * wins
          arn:aws:iam::111111111111:user/limited     | ALLOW       | partial Deny: admin with limitations
          arn:aws:iam::111111111111:user/mfa         | CONDITIONAL | admin only with MFA (request-time)
          arn:aws:iam::111111111111:user/notAction   | DENY        | NotAction iam:* is not every action
          arn:aws:iam::111111111111:user/s3only      | DENY        | not every action
          arn:aws:iam::222222222222:user/lockedAdmin | DENY        | SCP: OU allows only s3
          """)
  void admin(String principal, Verdict expected, String rule) {
    AdminVerdict v = ENGINE.admin(principal);
    assertThat(v.verdict()).as(rule + " " + v).isEqualTo(expected);
    assertThat(v.admin()).isEqualTo(expected == Verdict.ALLOW);
  }

  @Test
  void adminEvidenceAndLimitations() {
    AdminVerdict v = ENGINE.admin("arn:aws:iam::" + A + ":user/limited");
    assertThat(v.evidence())
        .extracting(Evidence::toString)
        .contains("* allowed by arn:aws:iam::111111111111:policy/AdministratorAccess statement 0");
    assertThat(v.evidence())
        .extracting(Evidence::kind)
        .contains(PolicyKind.IDENTITY, PolicyKind.SCP);
    assertThat(v.limitations()).singleElement().asString().contains("[iam:*]");
    assertThat(ENGINE.admin("arn:aws:iam::" + A + ":user/mfa").unresolvedConditions())
        .singleElement()
        .asString()
        .startsWith("Bool aws:MultiFactorAuthPresent [true]");
  }

  @Test
  void permissionsExpandWildcardsAndDropDenied() {
    EffectivePermissions p = ENGINE.permissions("arn:aws:iam::" + A + ":user/puts");
    Map<String, EffectivePermissions.ServicePermissions> byService = new java.util.HashMap<>();
    p.services().forEach(s -> byService.put(s.service(), s));
    assertThat(byService).containsOnlyKeys("iam", "s3");
    EffectivePermissions.Grant iam = byService.get("iam").grants().get(0);
    assertThat(iam.actions())
        .contains("PutRolePolicy", "PutGroupPolicy")
        .doesNotContain("PutUserPolicy", "GetRole");
    assertThat(iam.resources()).containsExactly("*");
    EffectivePermissions.Grant s3 = byService.get("s3").grants().get(0);
    assertThat(s3.actions()).containsExactly("GetObject");
    assertThat(s3.resources()).containsExactly("arn:aws:s3:::b/*");
    assertThat(s3.conditions()).containsExactly("Bool aws:SecureTransport [true]");
    assertThat(s3.sources()).singleElement().asString().endsWith("statement 1");
  }

  @Test
  void permissionsCompactWholeServicesAndRespectBoundaryAndScps() {
    EffectivePermissions admin = ENGINE.permissions("arn:aws:iam::" + A + ":user/admin");
    assertThat(admin.services().size()).isGreaterThan(300);
    assertThat(admin.services()).allMatch(s -> s.grants().get(0).actions().equals(List.of("*")));
    EffectivePermissions bounded = ENGINE.permissions("arn:aws:iam::" + A + ":user/bounded");
    assertThat(bounded.services())
        .extracting(EffectivePermissions.ServicePermissions::service)
        .containsExactly("iam", "s3");
    assertThat(bounded.services().get(0).grants().get(0).actions())
        .allMatch(a -> a.startsWith("Get"));
    EffectivePermissions locked = ENGINE.permissions("arn:aws:iam::" + B + ":user/lockedAdmin");
    assertThat(locked.services())
        .extracting(EffectivePermissions.ServicePermissions::service)
        .containsExactly("s3");
    EffectivePermissions notAction = ENGINE.permissions("arn:aws:iam::" + A + ":user/notAction");
    assertThat(notAction.services())
        .extracting(EffectivePermissions.ServicePermissions::service)
        .doesNotContain("iam")
        .contains("ec2", "sts", "lambda");
  }
}
