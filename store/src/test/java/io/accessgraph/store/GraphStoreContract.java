package io.accessgraph.store;

import static io.accessgraph.store.Fixtures.DEV;
import static io.accessgraph.store.Fixtures.INJECTION;
import static io.accessgraph.store.Fixtures.PROD;
import static io.accessgraph.store.Fixtures.SECURITY;
import static io.accessgraph.store.Fixtures.THIRD_PARTY;
import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.Snapshot;
import io.accessgraph.store.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * What every Neo4j the store runs against must give: the same tests over neo4j-harness (always) and
 * Testcontainers (where Docker exists). Subclasses provide a store and a driver to the same
 * database; each test starts from an empty graph.
 */
abstract class GraphStoreContract {
  protected abstract GraphStore store();

  protected abstract Driver driver();

  @BeforeEach
  void emptyGraph() {
    query("MATCH (n) DETACH DELETE n", Map.of());
  }

  @Test
  void createsTheSchemaIdempotently() {
    List<Record> before = query("SHOW CONSTRAINTS YIELD name RETURN name", Map.of());
    Schema.create(driver());
    Schema.create(driver());
    assertThat(query("SHOW CONSTRAINTS YIELD name RETURN name", Map.of())).hasSameSizeAs(before);
    List<String> indexes =
        query("SHOW INDEXES YIELD name, state RETURN name, state", Map.of()).stream()
            .map(r -> r.get("name").asString() + "=" + r.get("state").asString())
            .toList();
    assertThat(indexes)
        .contains("role_key=ONLINE", "account_id=ONLINE", "owned_owner=ONLINE")
        .allMatch(s -> s.endsWith("=ONLINE"));
  }

  @Test
  void readsBackWhatItWrote() {
    Snapshot snapshot = Fixtures.snapshot();
    WriteReport report = store().writeSnapshot(snapshot);
    assertThat(report.failures()).isEmpty();
    assertThat(report.accounts())
        .extracting(WriteResult::owner)
        .containsExactly(PROD, DEV, SECURITY);
    assertThat(report.organization()).get().extracting(WriteResult::written).isEqualTo(true);

    assertThat(store().readSnapshot()).isEqualTo(Normalized.of(snapshot));
  }

  @Test
  void storesTrustPrincipalsAsNodesWithTheStatementOnTheRelationship() {
    store().writeSnapshot(Fixtures.snapshot());
    List<String> trusted =
        query(
                "MATCH (:Role {arn: $arn})-[t:TRUSTS]->(p)"
                    + " RETURN labels(p)[0] + ' ' + p.arn + ' #' + t.statementIndex + ' '"
                    + " + t.effect AS line ORDER BY line",
                Map.of("arn", "arn:aws:iam::" + PROD + ":role/deploy"))
            .stream()
            .map(r -> r.get("line").asString())
            .toList();
    assertThat(trusted)
        .containsExactly(
            "Account arn:aws:iam::" + THIRD_PARTY + ":root #0 ALLOW",
            "AnyPrincipal * #3 ALLOW",
            "AssumedRoleSession arn:aws:sts::" + DEV + ":assumed-role/ci-runner/session1 #0 ALLOW",
            "FederatedPrincipal arn:aws:iam::"
                + PROD
                + ":oidc-provider/token.actions.githubusercontent.com #2 ALLOW",
            "Role arn:aws:iam::" + DEV + ":role/ci-runner #0 ALLOW",
            "ServicePrincipal ec2.amazonaws.com #1 ALLOW",
            "UnknownPrincipal AROAEXAMPLEDELETED #0 ALLOW",
            "User arn:aws:iam::" + PROD + ":user/alice #0 ALLOW");
    Record cross =
        query(
                "MATCH (:Role {arn: $arn})-[t:TRUSTS]->(:Account) RETURN t",
                Map.of("arn", "arn:aws:iam::" + PROD + ":role/deploy"))
            .get(0);
    assertThat(cross.get("t").get("conditions").asString())
        .isEqualTo(
            "[{\"operator\":\"StringEquals\",\"key\":\"sts:ExternalId\",\"values\":[\""
                + INJECTION.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\"]}]");
    assertThat(cross.get("t").get("actions").asList()).containsExactly("sts:AssumeRole");
    assertThat(cross.get("t").get("sid").asString()).isEqualTo("Cross");
  }

  @Test
  void storesResourcesOwnedByTheirAccountWithTheRoleTheyRunAs() {
    store().writeSnapshot(Fixtures.snapshot());
    String role = "arn:aws:iam::" + PROD + ":role/";
    assertThat(
            query(
                "MATCH (a:Account)-[:OWNS]->(r:ServiceResource)"
                    + " OPTIONAL MATCH (r)-[:USES_ROLE]->(role:Role)"
                    + " RETURN a.accountId AS account, r.owner AS owner, r.kind AS kind,"
                    + " r.name AS name, r.region AS region, role.arn AS role ORDER BY name",
                Map.of()))
        .extracting(
            r ->
                String.join(
                    " ",
                    r.get("account").asString(),
                    r.get("owner").asString(),
                    r.get("kind").asString(),
                    r.get("name").asString(),
                    r.get("region").asString(),
                    r.get("role").isNull() ? "-" : r.get("role").asString()))
        .containsExactly(
            PROD + " " + PROD + " cloudformation:stack bootstrap us-east-1 -",
            PROD + " " + PROD + " glue:job nightly-etl eu-west-1 " + role + "deploy",
            PROD + " " + PROD + " lambda:function worker eu-west-1 " + role + "app");
  }

  @Test
  void marksAccountsOutsideTheOrganizationExternal() {
    store().writeSnapshot(Fixtures.snapshot());
    List<String> external =
        query("MATCH (a:Account) WHERE a.external RETURN a.accountId AS id", Map.of()).stream()
            .map(r -> r.get("id").asString())
            .toList();
    assertThat(external).containsExactly(THIRD_PARTY);
  }

  @Test
  void keepsValuesThatLookLikeCypherVerbatim() {
    store().writeSnapshot(Fixtures.snapshot());
    List<Record> users =
        query(
            "MATCH (u:User {name: $name}) RETURN u.arn AS arn, u.tags AS tags",
            Map.of("name", INJECTION));
    assertThat(users).hasSize(1);
    assertThat(users.get(0).get("arn").asString()).endsWith(":user/" + INJECTION);
    assertThat(store().counts().nodes("User")).isEqualTo(2);
  }

  @Test
  void reingestingTheSameInputChangesNothing() {
    Snapshot snapshot = Fixtures.snapshot();
    store().writeSnapshot(snapshot);
    StoreCounts first = store().counts();

    WriteReport again = store().writeSnapshot(snapshot);

    assertThat(store().counts()).isEqualTo(first);
    assertThat(again.accounts())
        .allSatisfy(
            r -> {
              assertThat(r.written()).isTrue();
              assertThat(r.counts().nodesCreated()).isZero();
              assertThat(r.counts().nodesDeleted()).isZero();
              assertThat(r.counts().relationshipsDeleted()).isZero();
            });
    assertThat(first.nodes()).isPositive();
  }

  @Test
  void replacesOneAccountAndLeavesTheOthers() {
    store().writeSnapshot(Fixtures.snapshot());
    Snapshot before = store().readSnapshot();
    AccountSnapshot prod = Fixtures.prod();
    // prod drops the deploy role (dev's from-prod role still trusts it) and alice's keys
    AccountSnapshot changed =
        new AccountSnapshot(
            PROD,
            List.of(prod.users().get(0).withCredentials(List.of(), true, true)),
            prod.groups(),
            prod.roles().stream().filter(r -> !r.name().equals("deploy")).toList(),
            prod.policies(),
            prod.instanceProfiles(),
            List.of(Fixtures.instance("i-0new", PROD, null, "required", null)),
            prod.identityProviders(),
            List.of());

    WriteReport report =
        store().writeSnapshot(new Snapshot(Optional.empty(), Map.of(PROD, changed), List.of()));

    assertThat(report.failures()).isEmpty();
    Snapshot after = store().readSnapshot();
    assertThat(after.accounts().get(PROD)).isEqualTo(Normalized.of(changed));
    assertThat(after.accounts().get(DEV)).isEqualTo(before.accounts().get(DEV));
    assertThat(after.organization()).isEqualTo(before.organization());
    // the dropped role stays as a stub because dev's trust policy names it
    assertThat(
            query(
                "MATCH (:Role {arn: $dev})-[:TRUSTS]->(r:Role {arn: $prod})"
                    + " RETURN r.owner AS owner, r.trustPolicy AS trust",
                Map.of(
                    "dev", "arn:aws:iam::" + DEV + ":role/from-prod",
                    "prod", "arn:aws:iam::" + PROD + ":role/deploy")))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("owner").isNull()).isTrue();
              assertThat(r.get("trust").isNull()).isTrue();
            });
    assertThat(query("MATCH (k:AccessKey {accessKeyId: 'AKIAALICE1'}) RETURN k", Map.of()))
        .isEmpty();
    // only principals that prod's deploy role trusted are gone (the third party with it)
    assertThat(query("MATCH (a:Account {accountId: $id}) RETURN a", Map.of("id", THIRD_PARTY)))
        .isEmpty();

    store().writeSnapshot(Fixtures.snapshot());
    assertThat(store().readSnapshot()).isEqualTo(Normalized.of(Fixtures.snapshot()));
  }

  @Test
  void aFailurePartWayKeepsThePreviousDataOfThatAccount() {
    store().writeSnapshot(Fixtures.snapshot());
    Snapshot before = store().readSnapshot();
    StoreCounts countsBefore = store().counts();
    AccountSnapshot emptyProd =
        new AccountSnapshot(
            PROD, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of());
    AccountSnapshot changedDev =
        new AccountSnapshot(
            DEV,
            List.of(),
            List.of(),
            List.of(movedRole(Fixtures.dev().roles().get(0), "/changed/")),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    AtomicInteger devBatches = new AtomicInteger();
    WriteListener killDevMidway =
        new WriteListener() {
          @Override
          public void batchWritten(String owner, String what, int rows) {
            if (owner.equals(DEV) && devBatches.incrementAndGet() == 2) {
              throw new IllegalStateException("simulated crash after 2 batches");
            }
          }
        };

    // the first account is written, the second dies after two of its batches
    WriteReport report =
        store()
            .writeSnapshot(
                new Snapshot(Optional.empty(), ordered(emptyProd, changedDev), List.of()),
                killDevMidway);

    assertThat(devBatches).hasValue(2);
    assertThat(report.accounts()).extracting(WriteResult::written).containsExactly(true, false);
    assertThat(report.failures())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.owner()).isEqualTo(DEV);
              assertThat(r.error()).contains("account " + DEV, "simulated crash", "previous data");
            });
    Snapshot after = store().readSnapshot();
    assertThat(after.accounts().get(PROD)).isEqualTo(Normalized.of(emptyProd));
    assertThat(after.accounts().get(DEV)).isEqualTo(before.accounts().get(DEV));
    assertThat(after.accounts().get(SECURITY)).isEqualTo(before.accounts().get(SECURITY));

    store().writeSnapshot(Fixtures.snapshot());
    assertThat(store().counts()).isEqualTo(countsBefore);
  }

  @Test
  void anInvalidEntityFailsOnlyItsAccountAndNamesIt() {
    store().writeSnapshot(Fixtures.snapshot());
    Snapshot before = store().readSnapshot();
    AccountSnapshot dev = Fixtures.dev();
    List<Role> roles = new ArrayList<>(dev.roles());
    roles.add(
        new Role(
            null,
            "nameless",
            null,
            "/",
            null,
            null,
            List.of(),
            List.of(),
            null,
            Map.of(),
            List.of(),
            null));
    AccountSnapshot badDev =
        new AccountSnapshot(
            DEV, List.of(), List.of(), roles, List.of(), List.of(), List.of(), List.of(),
            List.of());
    AccountSnapshot emptyProd =
        new AccountSnapshot(
            PROD, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of());

    WriteReport report =
        store().writeSnapshot(Fixtures.snapshot(emptyProd, badDev, Fixtures.security()));

    assertThat(report.failures())
        .singleElement()
        .satisfies(r -> assertThat(r.error()).contains(DEV, "role 'nameless'"));
    Snapshot after = store().readSnapshot();
    assertThat(after.accounts().get(DEV)).isEqualTo(before.accounts().get(DEV));
    assertThat(after.accounts().get(PROD)).isEqualTo(Normalized.of(emptyProd));
  }

  @Test
  void replacesTheOrganizationOnItsOwn() {
    store().writeSnapshot(Fixtures.snapshot());
    var org = Fixtures.organization();
    var smaller =
        new io.accessgraph.model.org.Organization(
            org.id(),
            org.arn(),
            org.managementAccountId(),
            org.roots(),
            org.units().subList(0, 1),
            org.accounts().stream().filter(a -> !a.id().equals(DEV)).toList(),
            org.policies().subList(0, 1));
    WriteReport report =
        store().writeSnapshot(new Snapshot(Optional.of(smaller), Map.of(), List.of()));

    assertThat(report.failures()).isEmpty();
    Snapshot after = store().readSnapshot();
    assertThat(after.organization()).contains(Normalized.of(smaller));
    assertThat(after.accounts().get(DEV)).isEqualTo(Normalized.of(Fixtures.dev()));
    assertThat(
            query(
                "MATCH (a:Account {accountId: $id}) RETURN a.member AS member, a.external AS ext",
                Map.of("id", DEV)))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("member").isNull()).isTrue();
              assertThat(r.get("ext").asBoolean()).isFalse();
            });
  }

  @Test
  void writesAndReadsTheAnalysis() {
    store().writeSnapshot(Fixtures.snapshot());
    AccessGraphData data = Analyses.full();

    store().writeAnalysis(data);

    assertThat(store().readAnalysis()).isEqualTo(Analyses.sorted(data));
    assertThat(
            query(
                    "MATCH (p)-[:ADMIN_OF]->(:AccountAdmin {accountId: $id}) RETURN p.arn AS arn"
                        + " ORDER BY arn",
                    Map.of("id", PROD))
                .stream()
                .map(r -> r.get("arn").asString()))
        .containsExactly(
            "arn:aws:iam::" + PROD + ":role/deploy", "arn:aws:iam::" + PROD + ":user/alice");
    StoreCounts counts = store().counts();
    assertThat(counts.relationships("CAN_ESCALATE")).isEqualTo(2);
    assertThat(counts.relationships("ADMIN_OF")).isEqualTo(3);

    store().writeAnalysis(data);
    assertThat(store().counts()).isEqualTo(counts);
  }

  @Test
  void aNewAnalysisReplacesTheOldOneAndKeepsRawData() {
    Snapshot snapshot = Fixtures.snapshot();
    store().writeSnapshot(snapshot);
    StoreCounts raw = store().counts();
    store().writeAnalysis(Analyses.full());

    AccessGraphData smaller = Analyses.smaller();
    store().writeAnalysis(smaller);

    assertThat(store().readAnalysis()).isEqualTo(Analyses.sorted(smaller));
    assertThat(query("MATCH (s:ServicePrincipal {arn: 'lambda.amazonaws.com'}) RETURN s", Map.of()))
        .isEmpty();
    assertThat(store().counts().relationships("ADMIN_OF")).isZero();
    assertThat(store().readSnapshot()).isEqualTo(Normalized.of(snapshot));
    // re-ingesting keeps derived edges on nodes that are still there
    store().writeSnapshot(snapshot);
    assertThat(store().readAnalysis()).isEqualTo(Analyses.sorted(smaller));

    store().writeAnalysis(new AccessGraphData(List.of(), List.of()));
    StoreCounts after = store().counts();
    // all that remains of the analysis is the pointer to its (empty) current version
    assertThat(after.nodes("AnalysisState")).isEqualTo(1);
    assertThat(after.nodes()).isEqualTo(raw.nodes() + 1);
    assertThat(after.relationshipsByType()).isEqualTo(raw.relationshipsByType());
  }

  /** The role under another path: a change the second batch of its account writes. */
  private static Role movedRole(Role r, String path) {
    return new Role(
        r.arn(),
        r.name(),
        r.roleId(),
        path,
        r.createDate(),
        r.trustPolicy(),
        r.inlinePolicies(),
        r.attachedPolicyArns(),
        r.permissionsBoundaryArn(),
        r.tags(),
        r.instanceProfileArns(),
        r.lastUsedDate());
  }

  private static Map<String, AccountSnapshot> ordered(AccountSnapshot... accounts) {
    Map<String, AccountSnapshot> out = new java.util.LinkedHashMap<>();
    for (AccountSnapshot a : accounts) {
      out.put(a.accountId(), a);
    }
    return out;
  }

  protected List<Record> query(String cypher, Map<String, Object> params) {
    try (Session session = driver().session()) {
      return session.executeWrite(tx -> tx.run(cypher, params).list());
    }
  }
}
