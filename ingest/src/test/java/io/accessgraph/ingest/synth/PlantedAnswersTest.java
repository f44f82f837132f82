package io.accessgraph.ingest.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.accessgraph.ingest.offline.OfflineSnapshotReader;
import io.accessgraph.model.ec2.Ec2Instance;
import io.accessgraph.model.iam.InstanceProfile;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.policy.PolicyDocument;
import io.accessgraph.model.policy.Statement;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.Snapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks each expected answer against the generated data itself, so a change to the mix that would
 * make an answer wrong fails here rather than in a benchmark.
 */
class PlantedAnswersTest {
  private static final String HOST = "100000015838";
  private static final String TARGET = "100000023757";
  private final SynthFixture fixture = SynthFixture.get();
  private final Snapshot snapshot = fixture.snapshot;

  @Test
  void theAuditAccountHoldsOneOfEachPlant() {
    JsonNode expected = fixture.expected;
    assertThat(expected.path("format").asText()).isEqualTo("accessgraph-synth-expected/1");
    assertThat(expected.path("options").path("seed").asLong()).isEqualTo(7);
    List<String> ids = new ArrayList<>();
    expected.path("checks").forEach(c -> ids.add(c.path("id").asText()));
    assertThat(ids)
        .containsExactly("P1-" + HOST, "P2-" + HOST, "P3-" + HOST, "P4-" + HOST, "P5-" + HOST);
  }

  @Test
  void p1TheInstanceRunsARoleThatMayAssumeATrustingAdminElsewhere() {
    JsonNode check = check("P1");
    List<String> hops = texts(check.path("hops"));
    assertThat(texts(check.path("methods"))).containsExactly("ec2-instance-role", "sts-001");
    AccountSnapshot host = account(HOST);
    Ec2Instance instance =
        host.instances().stream()
            .filter(i -> i.arn().equals(hops.get(0)))
            .findFirst()
            .orElseThrow();
    InstanceProfile profile =
        host.instanceProfiles().stream()
            .filter(p -> p.arn().equals(instance.instanceProfileArn()))
            .findFirst()
            .orElseThrow();
    assertThat(profile.roleArns()).containsExactly(hops.get(1));
    List<PolicyDocument> policies = Grants.identityPolicies(host).get(hops.get(1));
    assertThat(Grants.covers(policies, true, "sts:AssumeRole", hops.get(2))).isTrue();
    assertThat(Grants.covers(policies, false, "sts:AssumeRole", hops.get(2))).isFalse();
    Role admin = role(TARGET, hops.get(2));
    assertThat(trustedAwsPrincipals(admin)).containsExactly(hops.get(1));
    assertThat(admin.attachedPolicyArns()).contains("arn:aws:iam::aws:policy/AdministratorAccess");
  }

  @Test
  void p2TheUserMayPutAnInlinePolicyOnItself() {
    JsonNode check = check("P2");
    assertThat(check.path("source").asText()).isEqualTo(check.path("target").asText());
    assertThat(texts(check.path("methods"))).containsExactly("iam-007");
    User user =
        account(HOST).users().stream()
            .filter(u -> u.arn().equals(check.path("source").asText()))
            .findFirst()
            .orElseThrow();
    List<PolicyDocument> policies = Grants.identityPolicies(account(HOST)).get(user.arn());
    assertThat(Grants.covers(policies, true, "iam:PutUserPolicy", user.arn())).isTrue();
    assertThat(user.groupNames()).isEmpty();
    assertThat(user.permissionsBoundaryArn()).isNull();
  }

  @Test
  void p3TheRoleTrustsAnAccountOutsideTheOrganizationWithoutExternalId() {
    JsonNode check = check("P3");
    String source = check.path("source").asText();
    String outsider = source.split(":")[4];
    assertThat(snapshot.organization().orElseThrow().account(outsider)).isEmpty();
    Role role = role(HOST, check.path("target").asText());
    assertThat(trustedAwsPrincipals(role)).containsExactly(source);
    assertThat(role.trustPolicy().statements()).allMatch(s -> s.conditions().isEmpty());
  }

  @Test
  void p4NoPrincipalOfTheAccountMayAssumeTheRoleTrustingItsRoot() {
    JsonNode check = check("P4");
    assertThat(check.path("expect").asText()).isEqualTo("no-edge");
    Role role = role(HOST, check.path("target").asText());
    assertThat(trustedAwsPrincipals(role)).containsExactly("arn:aws:iam::" + HOST + ":root");
    Map<String, List<PolicyDocument>> byPrincipal = Grants.identityPolicies(account(HOST));
    assertThat(byPrincipal).hasSize(40);
    byPrincipal.forEach(
        (principal, docs) ->
            assertThat(Grants.covers(docs, true, "sts:AssumeRole", role.arn()))
                .as(principal)
                .isFalse());
  }

  @Test
  void p4HoldsInAnAuditAccountLargeEnoughForEveryGroupAndPolicyKind(@TempDir Path dir)
      throws IOException {
    // 600 principals: 12 groups (every job function and team groups), 300 roles.
    SyntheticOrganization.write(new SynthOptions(3, 600, 11), dir);
    AccountSnapshot audit = new OfflineSnapshotReader().read(dir).account(HOST).orElseThrow();
    assertThat(audit.groups()).hasSize(12);
    String p4 = "arn:aws:iam::" + HOST + ":role/" + PlantedPaths.P4_ROLE;
    Map<String, List<PolicyDocument>> byPrincipal = Grants.identityPolicies(audit);
    assertThat(byPrincipal).hasSize(600);
    byPrincipal.forEach(
        (principal, docs) ->
            assertThat(Grants.covers(docs, true, "sts:AssumeRole", p4)).as(principal).isFalse());
  }

  @Test
  void theGrantCheckFindsGrantsWhereTheyExist() {
    // The same check on a permissive account finds its administrators, so the negative above
    // is not vacuous.
    String breakGlass = "arn:aws:iam::" + TARGET + ":role/break-glass-admin";
    assertThat(Grants.identityPolicies(account(TARGET)).values())
        .anyMatch(docs -> Grants.covers(docs, true, "sts:AssumeRole", breakGlass));
  }

  @Test
  void p5TheAllowIsCancelledByAnExplicitDenyInAnotherPolicy() {
    JsonNode check = check("P5");
    String source = check.path("source").asText();
    String target = check.path("target").asText();
    Role role = role(HOST, source);
    List<PolicyDocument> policies = Grants.identityPolicies(account(HOST)).get(source);
    assertThat(
            Grants.covers(
                role.inlinePolicies().stream().map(p -> p.document()).toList(),
                true,
                "sts:AssumeRole",
                target))
        .isTrue();
    assertThat(Grants.covers(policies, false, "sts:AssumeRole", target)).isTrue();
    assertThat(role.attachedPolicyArns())
        .containsExactly("arn:aws:iam::" + HOST + ":policy/planted-p5-deny-admin-assume");
    Role admin = role(TARGET, target);
    assertThat(trustedAwsPrincipals(admin)).containsExactly(source);
    assertThat(account(HOST).instances())
        .anyMatch(
            i ->
                i.instanceProfileArn() != null
                    && i.instanceProfileArn().endsWith("instance-profile/planted-p5-denied-role"));
  }

  private JsonNode check(String prefix) {
    for (JsonNode c : fixture.expected.path("checks")) {
      if (c.path("id").asText().equals(prefix + "-" + HOST)) {
        return c;
      }
    }
    throw new AssertionError("no check " + prefix + "-" + HOST);
  }

  private AccountSnapshot account(String id) {
    return snapshot.account(id).orElseThrow();
  }

  private Role role(String account, String arn) {
    return account(account).roles().stream()
        .filter(r -> r.arn().equals(arn))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no role " + arn + " in " + account));
  }

  private static List<String> trustedAwsPrincipals(Role role) {
    List<String> out = new ArrayList<>();
    for (Statement s : role.trustPolicy().statements()) {
      out.addAll(s.principal().byType().getOrDefault("AWS", List.of()));
    }
    return out;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
