package io.accessgraph.store.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accessgraph.analysis.findings.Finding;
import io.accessgraph.analysis.findings.FindingType;
import io.accessgraph.analysis.findings.Severity;
import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.EdgeKind;
import io.accessgraph.store.GraphStore;
import io.accessgraph.store.HarnessNeo4j;
import io.accessgraph.store.schema.NodeLabel;
import io.accessgraph.store.schema.RelType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/** Findings in Neo4j 5.26 in-process (neo4j-harness), over Bolt, as the store writes them. */
class FindingsStoreTest {
  private static final String ROLE = "arn:aws:iam::111111111111:role/vendor";
  private static final String INSTANCE = "arn:aws:ec2:us-east-1:111111111111:instance/i-0web";
  private static final String MISSING = "arn:aws:iam::111111111111:user/not-stored";
  private static final String INJECTION = "x'}) MATCH (n) DETACH DELETE n //\" \\ $rows `ü` \n";

  private static HarnessNeo4j neo4j;
  private static GraphStore store;
  private static Driver driver;

  @BeforeAll
  static void start() {
    neo4j = new HarnessNeo4j();
    store = neo4j.store();
    driver = neo4j.driver();
  }

  @AfterAll
  static void stop() {
    neo4j.close();
  }

  @BeforeEach
  void graphWithTwoResources() {
    query("MATCH (n) DETACH DELETE n", Map.of());
    query(
        "CREATE (:"
            + NodeLabel.ROLE.label()
            + " {arn: $role})"
            + " CREATE (:"
            + NodeLabel.EC2_INSTANCE.label()
            + " {arn: $instance})",
        Map.of("role", ROLE, "instance", INSTANCE));
  }

  @Test
  void readsBackWhatItWroteMostSevereFirstAndLinksEachToItsResource() {
    Finding trust = trust(ROLE, "no external id");
    Finding escalation = escalation();
    Finding orphan = mfa(MISSING);

    store.writeFindings(List.of(orphan, trust, escalation));

    assertThat(store.readFindings()).containsExactly(escalation, trust, orphan);
    assertThat(
            query(
                "MATCH (f:Finding)-[:"
                    + RelType.AFFECTS
                    + "]->(r) RETURN f.id AS id, r.arn AS arn"
                    + " ORDER BY id",
                Map.of()))
        .extracting(r -> r.get("id").asString() + " -> " + r.get("arn").asString())
        .containsExactly(escalation.id() + " -> " + INSTANCE, trust.id() + " -> " + ROLE);
    Record stored =
        query("MATCH (f:Finding {id: $id}) RETURN f", Map.of("id", escalation.id())).get(0);
    assertThat(stored.get("f").get("pathArns").asList())
        .containsExactly(INSTANCE, "arn:aws:iam::111111111111:role/web", ROLE);
    assertThat(stored.get("f").get("severity").asString()).isEqualTo("CRITICAL");
    assertThat(stored.get("f").get("accountId").asString()).isEqualTo("111111111111");
  }

  @Test
  void replacesThePreviousFindingsAndLeavesTheResourcesAlone() {
    store.writeFindings(List.of(trust(ROLE, "first"), escalation()));
    Finding next = mfa(MISSING);

    store.writeFindings(List.of(next));

    assertThat(store.readFindings()).containsExactly(next);
    assertThat(count("MATCH ()-[r:" + RelType.AFFECTS + "]->() RETURN count(r) AS c")).isZero();
    assertThat(count("MATCH (n) WHERE NOT n:Finding AND NOT n:AnalysisState RETURN count(n) AS c"))
        .isEqualTo(2);

    store.writeFindings(List.of());
    assertThat(store.readFindings()).isEmpty();
  }

  @Test
  void findingsAWriteLeftHalfDoneAreNeitherReadNorKept() {
    Finding kept = trust(ROLE, "kept");
    store.writeFindings(List.of(kept));
    // what a write that died before its version became current leaves behind
    query(
        "MATCH (r:Role {arn: $role}) CREATE (f:PendingFinding {id: 'x', version: 'dead'})"
            + "-[:AFFECTS]->(r)",
        Map.of("role", ROLE));

    assertThat(store.readFindings()).containsExactly(kept);

    store.writeFindings(List.of(kept));
    assertThat(count("MATCH (f:PendingFinding) RETURN count(f) AS c")).isZero();
    assertThat(count("MATCH (f:Finding) RETURN count(f) AS c")).isEqualTo(1);
    assertThat(count("MATCH ()-[r:" + RelType.AFFECTS + "]->() RETURN count(r) AS c")).isEqualTo(1);
  }

  @Test
  void rewritingAFindingUnderItsIdUpdatesItAndKeepsOneLinkToItsResource() {
    store.writeFindings(List.of(trust(ROLE, "before"), escalation()));
    Finding changed = trust(ROLE, "after");

    store.writeFindings(List.of(changed));
    store.writeFindings(List.of(changed));

    assertThat(store.readFindings()).containsExactly(changed);
    assertThat(count("MATCH (f:Finding) RETURN count(f) AS c")).isEqualTo(1);
    assertThat(count("MATCH ()-[r:" + RelType.AFFECTS + "]->() RETURN count(r) AS c")).isEqualTo(1);
  }

  @Test
  void storesInjectionStringsVerbatim() {
    Finding f =
        new Finding(
            "F-EXTERNAL-TRUST:" + ROLE + ":" + INJECTION,
            FindingType.EXTERNAL_TRUST,
            Severity.HIGH,
            ROLE,
            "111111111111",
            INJECTION,
            List.of(INJECTION, "{\"Effect\":\"Allow\"}"),
            INJECTION,
            List.of(edge(ROLE, INJECTION, INJECTION)));

    store.writeFindings(List.of(f));

    assertThat(store.readFindings()).containsExactly(f);
    assertThat(count("MATCH (n) WHERE NOT n:Finding AND NOT n:AnalysisState RETURN count(n) AS c"))
        .isEqualTo(2);
  }

  @Test
  void refusesTwoFindingsWithOneIdAndKeepsWhatWasStored() {
    Finding before = trust(ROLE, "kept");
    store.writeFindings(List.of(before));

    assertThatThrownBy(() -> store.writeFindings(List.of(escalation(), escalation())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("F-ESCALATION-TO-ADMIN:" + INSTANCE);

    assertThat(store.readFindings()).containsExactly(before);
  }

  @Test
  void mapsResourceArnsToTheLabelsThatHoldThem() {
    assertThat(FindingRows.resourceLabel(ROLE)).isEqualTo(NodeLabel.ROLE);
    assertThat(FindingRows.resourceLabel(INSTANCE)).isEqualTo(NodeLabel.EC2_INSTANCE);
    assertThat(FindingRows.resourceLabel(MISSING)).isEqualTo(NodeLabel.USER);
    assertThat(FindingRows.resourceLabel("arn:aws:iam::222222222222:root"))
        .isEqualTo(NodeLabel.ACCOUNT);
    assertThat(FindingRows.resourceLabel("arn:aws:s3:::bucket")).isNull();
    assertThat(FindingRows.resourceLabel("not an arn")).isNull();
  }

  private static Finding trust(String role, String title) {
    return new Finding(
        "F-EXTERNAL-TRUST:" + role + ":999999999999",
        FindingType.EXTERNAL_TRUST,
        Severity.HIGH,
        role,
        "111111111111",
        title,
        List.of("trust policy of " + role + " statement 0: {\"Effect\":\"Allow\"}"),
        "aws iam update-assume-role-policy --role-name vendor",
        List.of());
  }

  private static Finding escalation() {
    String web = "arn:aws:iam::111111111111:role/web";
    return new Finding(
        "F-ESCALATION-TO-ADMIN:" + INSTANCE,
        FindingType.ESCALATION_TO_ADMIN,
        Severity.CRITICAL,
        INSTANCE,
        "111111111111",
        "Instance i-0web can become admin of account 111111111111 in 2 hops",
        List.of("a", "b"),
        "Cut any one edge",
        List.of(
            new AccessEdge(
                INSTANCE, web, EdgeKind.RUNS_AS, "ec2-instance-role", false, List.of(), List.of()),
            edge(web, ROLE, "sts:AssumeRole allowed by x statement 0")));
  }

  private static Finding mfa(String user) {
    return new Finding(
        "F-CONSOLE-USER-WITHOUT-MFA:" + user,
        FindingType.CONSOLE_USER_WITHOUT_MFA,
        Severity.MEDIUM,
        user,
        "111111111111",
        "Console user not-stored has no MFA",
        List.of(),
        "aws iam enable-mfa-device",
        List.of());
  }

  private static AccessEdge edge(String from, String to, String evidence) {
    return new AccessEdge(
        from,
        to,
        EdgeKind.CAN_ASSUME,
        "sts-001",
        true,
        List.of("aws:MultiFactorAuthPresent"),
        List.of(evidence));
  }

  private static List<Record> query(String cypher, Map<String, Object> params) {
    try (Session session = driver.session()) {
      return session.run(cypher, params).list();
    }
  }

  private static long count(String cypher) {
    return query(cypher, Map.of()).get(0).get("c").asLong();
  }
}
