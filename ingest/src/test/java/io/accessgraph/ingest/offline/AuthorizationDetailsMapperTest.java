package io.accessgraph.ingest.offline;

import static io.accessgraph.ingest.offline.Fixtures.APP;
import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.model.iam.Group;
import io.accessgraph.model.iam.ManagedPolicy;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.policy.PrincipalBlock;
import io.accessgraph.model.policy.Statement;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.IngestProblem;
import io.accessgraph.model.snapshot.Snapshot;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorizationDetailsMapperTest {
  private static final String FILE = "cli/app/authorization-details.json";
  private final Snapshot snapshot = Fixtures.readFixtures(FILE);
  private final AccountSnapshot app = snapshot.accounts().get(APP);

  private User user(String name) {
    return app.users().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
  }

  private Role role(String name) {
    return app.roles().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void accountComesFromTheArnsAndAwsManagedPoliciesDoNotConfuseIt() {
    assertThat(snapshot.accounts()).containsOnlyKeys(APP);
    assertThat(snapshot.problems()).isEmpty();
    assertThat(app.policies())
        .extracting(ManagedPolicy::arn)
        .containsExactly(
            "arn:aws:iam::111111111111:policy/AssumeDeploy",
            "arn:aws:iam::aws:policy/AdministratorAccess");
  }

  @Test
  void mapsUsersWithEveryField() {
    User alice = user("alice");
    assertThat(alice.arn()).isEqualTo("arn:aws:iam::111111111111:user/alice");
    assertThat(alice.userId()).isEqualTo("AIDAALICEEXAMPLE00001");
    assertThat(alice.path()).isEqualTo("/");
    assertThat(alice.createDate()).isEqualTo("2021-03-04T10:11:12+00:00");
    assertThat(alice.groupNames()).containsExactly("developers");
    assertThat(alice.attachedPolicyArns())
        .containsExactly("arn:aws:iam::111111111111:policy/AssumeDeploy");
    assertThat(alice.permissionsBoundaryArn())
        .isEqualTo("arn:aws:iam::111111111111:policy/DeveloperBoundary");
    assertThat(alice.tags()).isEqualTo(Map.of("team", "payments"));
    assertThat(alice.accessKeys()).isEmpty();
    assertThat(alice.mfaActive()).as("unknown without a credential report").isNull();
    assertThat(alice.passwordEnabled()).isNull();
    assertThat(user("ci-bot").path()).isEqualTo("/machine/");
    assertThat(user("ci-bot").permissionsBoundaryArn()).isNull();
  }

  @Test
  void statementGivenAsASingleObjectAndActionAsAString() {
    var inline = user("alice").inlinePolicies();
    assertThat(inline).hasSize(1);
    assertThat(inline.get(0).name()).isEqualTo("read-buckets");
    Statement only = inline.get(0).document().statements().get(0);
    assertThat(inline.get(0).document().statements()).hasSize(1);
    assertThat(only.isAllow()).isTrue();
    assertThat(only.actions()).containsExactly("s3:GetObject");
    assertThat(only.resources()).containsExactly("*");
  }

  @Test
  void urlEncodedInlinePolicyIsDecoded() {
    Group developers = app.groups().get(0);
    assertThat(developers.name()).isEqualTo("developers");
    var doc = developers.inlinePolicies().get(0).document();
    assertThat(doc.version()).isEqualTo("2012-10-17");
    assertThat(doc.statements().get(0).actions()).containsExactly("ec2:Describe*");
    assertThat(doc.json()).startsWith("{\"Version\"").doesNotContain("%22");
  }

  @Test
  void trustPolicyAsObjectAndAsUrlEncodedString() {
    Statement ec2Trust = role("web-server").trustPolicy().statements().get(0);
    assertThat(ec2Trust.principal().values(PrincipalBlock.SERVICE))
        .containsExactly("ec2.amazonaws.com");

    Statement vendorTrust = role("vendor-audit").trustPolicy().statements().get(0);
    assertThat(vendorTrust.principal().values(PrincipalBlock.AWS))
        .containsExactly("arn:aws:iam::333333333333:root");
    assertThat(vendorTrust.actions()).containsExactly("sts:AssumeRole");
    assertThat(vendorTrust.conditions())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.operator()).isEqualTo("StringEquals");
              assertThat(c.key()).isEqualTo("sts:ExternalId");
              assertThat(c.values()).containsExactly("vendor-4711");
            });
  }

  @Test
  void mapsRolesWithInlinePoliciesProfilesAndLastUse() {
    Role web = role("web-server");
    assertThat(web.roleId()).isEqualTo("AROAWEBSERVER0000001");
    assertThat(web.inlinePolicies().get(0).document().statements().get(0).resources())
        .containsExactly(
            "arn:aws:iam::222222222222:role/deployer",
            "arn:aws:iam::222222222222:role/deployer-readonly");
    assertThat(web.instanceProfileArns())
        .containsExactly("arn:aws:iam::111111111111:instance-profile/web-server");
    assertThat(web.lastUsedDate()).isEqualTo("2024-11-30T12:00:00+00:00");
    assertThat(role("vendor-audit").lastUsedDate()).isNull();
    assertThat(role("vendor-audit").attachedPolicyArns())
        .containsExactly("arn:aws:iam::aws:policy/SecurityAudit");
  }

  @Test
  void instanceProfilesComeFromTheRolesOnce() {
    assertThat(app.instanceProfiles())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.arn())
                  .isEqualTo("arn:aws:iam::111111111111:instance-profile/web-server");
              assertThat(p.name()).isEqualTo("web-server");
              assertThat(p.instanceProfileId()).isEqualTo("AIPAWEBSERVER0000001");
              assertThat(p.roleArns()).containsExactly("arn:aws:iam::111111111111:role/web-server");
            });
  }

  @Test
  void aProfileListedUnderTwoRolesIsKeptOnceWithBothRoles() {
    Snapshot s =
        Fixtures.read(
            Fixtures.json(
                "two-roles.json",
                """
                {"RoleDetailList": [
                  {"RoleName": "a", "Arn": "arn:aws:iam::555555555555:role/a",
                   "AssumeRolePolicyDocument": {"Statement": []},
                   "InstanceProfileList": [{"InstanceProfileName": "shared",
                     "Arn": "arn:aws:iam::555555555555:instance-profile/shared",
                     "Roles": [{"Arn": "arn:aws:iam::555555555555:role/a"}]}]},
                  {"RoleName": "b", "Arn": "arn:aws:iam::555555555555:role/b",
                   "AssumeRolePolicyDocument": {"Statement": []},
                   "InstanceProfileList": [{"InstanceProfileName": "shared",
                     "Arn": "arn:aws:iam::555555555555:instance-profile/shared",
                     "Roles": [{"Arn": "arn:aws:iam::555555555555:role/b"}]}]}
                ]}
                """));
    assertThat(s.accounts().get("555555555555").instanceProfiles())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.roleArns())
                    .containsExactly(
                        "arn:aws:iam::555555555555:role/a", "arn:aws:iam::555555555555:role/b"));
  }

  @Test
  void managedPolicyKeepsEveryVersionAndEvaluatesTheDefault() {
    ManagedPolicy assumeDeploy = app.policies().get(0);
    assertThat(assumeDeploy.name()).isEqualTo("AssumeDeploy");
    assertThat(assumeDeploy.policyId()).isEqualTo("ANPAASSUMEDEPLOY0001");
    assertThat(assumeDeploy.defaultVersionId()).isEqualTo("v2");
    assertThat(assumeDeploy.attachmentCount()).isEqualTo(1);
    assertThat(assumeDeploy.versions()).extracting(v -> v.versionId()).containsExactly("v2", "v1");
    assertThat(assumeDeploy.document().statements().get(0).resources())
        .as("v2 was URL-encoded")
        .containsExactly("arn:aws:iam::222222222222:role/deployer");
    assertThat(assumeDeploy.versions().get(1).document().statements().get(0).actions())
        .containsExactly("*");
    assertThat(app.policies().get(1).awsManaged()).isTrue();
  }

  @Test
  void arnsFromTwoAccountsRejectTheFile() {
    Snapshot s =
        Fixtures.read(
            Fixtures.json(
                "mixed.json",
                """
                {"UserDetailList": [
                  {"UserName": "a", "Arn": "arn:aws:iam::111111111111:user/a"},
                  {"UserName": "b", "Arn": "arn:aws:iam::222222222222:user/b"}]}
                """));
    assertThat(s.accounts()).isEmpty();
    assertThat(s.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo("mixed.json");
              assertThat(p.entity()).isNull();
              assertThat(p.message()).contains("111111111111, 222222222222");
            });
  }

  @Test
  void noAccountArnRejectsTheFile() {
    Snapshot s =
        Fixtures.read(
            Fixtures.json(
                "empty-details.json",
                "{\"UserDetailList\": [], \"GroupDetailList\": [], \"RoleDetailList\": [],"
                    + " \"Policies\": []}"));
    assertThat(s.accounts()).isEmpty();
    assertThat(s.problems())
        .extracting(IngestProblem::message)
        .singleElement()
        .asString()
        .contains("cannot tell which account");
  }

  @Test
  void paginationLeftoversAreReportedAndThePageIsStillRead() {
    Snapshot s =
        Fixtures.read(
            Fixtures.json(
                "page1.json",
                """
                {"UserDetailList": [{"UserName": "a", "Arn": "arn:aws:iam::111111111111:user/a"}],
                 "IsTruncated": true, "Marker": "AAEAAbcd"}
                """));
    assertThat(s.accounts().get(APP).users()).hasSize(1);
    assertThat(s.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo("page1.json");
              assertThat(p.message())
                  .contains("output is truncated")
                  .contains("IsTruncated true, Marker");
            });
  }

  @Test
  void aPageWithoutLeftoversIsNotReportedAsTruncated() {
    Snapshot s =
        Fixtures.read(
            Fixtures.json(
                "page.json",
                """
                {"UserDetailList": [{"UserName": "a", "Arn": "arn:aws:iam::111111111111:user/a"}],
                 "IsTruncated": false}
                """));
    assertThat(s.problems()).isEmpty();
  }
}
