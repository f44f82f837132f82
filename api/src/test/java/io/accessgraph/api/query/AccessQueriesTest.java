package io.accessgraph.api.query;

import static io.accessgraph.api.query.DemoQueries.ALICE;
import static io.accessgraph.api.query.DemoQueries.BOB;
import static io.accessgraph.api.query.DemoQueries.INSTANCE;
import static io.accessgraph.api.query.DemoQueries.INSTANCE_ARN;
import static io.accessgraph.api.query.DemoQueries.PROD_DEPLOY_ROLE;
import static io.accessgraph.api.query.DemoQueries.TERRAFORM_CI;
import static io.accessgraph.api.query.DemoQueries.WEB_APP_ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accessgraph.analysis.graph.UnknownNodeException;
import io.accessgraph.api.view.AccountReach;
import io.accessgraph.api.view.BlastRadiusResult;
import io.accessgraph.api.view.Escalation;
import io.accessgraph.api.view.FindingView;
import io.accessgraph.api.view.NodeDetail;
import io.accessgraph.api.view.OrgUnitView;
import io.accessgraph.api.view.OrganizationView;
import io.accessgraph.api.view.ReachedNode;
import io.accessgraph.api.view.SearchResult;
import io.accessgraph.api.view.WhoCanReachResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The query service over the demo organization, analyzed in memory. */
class AccessQueriesTest {
  private final AccessQueries queries = DemoQueries.queries();

  @Test
  void everyFormOfNodeKeyResolves() {
    assertThat(queries.resolve("from", INSTANCE).arn()).isEqualTo(INSTANCE_ARN);
    assertThat(queries.resolve("from", INSTANCE_ARN).arn()).isEqualTo(INSTANCE_ARN);
    assertThat(
            queries
                .resolve("from", "arn:aws:sts::555555555555:assumed-role/web-app-role/i-0d3v")
                .arn())
        .isEqualTo(WEB_APP_ROLE);
    String key =
        DemoQueries.snapshot().accounts().get("333333333333").users().stream()
            .filter(u -> u.arn().equals(TERRAFORM_CI))
            .findFirst()
            .orElseThrow()
            .accessKeys()
            .get(0)
            .accessKeyId();
    assertThat(queries.resolve("from", key).arn()).isEqualTo(TERRAFORM_CI);
  }

  @Test
  void unknownKeysAreUnknownNodesWithAUsefulMessage() {
    assertThatThrownBy(() -> queries.resolve("from", "i-0000"))
        .isInstanceOf(UnknownNodeException.class);
    assertThatThrownBy(() -> queries.resolve("from", "ASIAAAAAAAAAAAAAAAAA"))
        .isInstanceOf(UnknownNodeException.class)
        .hasMessageContaining("temporary (session) access key");
    assertThatThrownBy(() -> queries.resolve("from", "AKIAAAAAAAAAAAAAAAAA"))
        .hasMessageContaining("no ingested IAM user holds the access key");
  }

  @Test
  void pathsFromTheInstanceToProdAdmin() {
    var result = queries.paths(INSTANCE, PROD_DEPLOY_ROLE, 3, 8, true);

    assertThat(result.from()).isEqualTo(INSTANCE_ARN);
    assertThat(result.paths().get(0).edges())
        .extracting(e -> e.kind() + " " + e.to())
        .containsExactly("RUNS_AS " + WEB_APP_ROLE, "CAN_ASSUME " + PROD_DEPLOY_ROLE);
  }

  @Test
  void edgesAreExplainedFromTheMethodCatalog() {
    var assume =
        queries.paths(WEB_APP_ROLE, PROD_DEPLOY_ROLE, 1, 8, true).paths().get(0).edges().get(0);

    assertThat(assume.method()).isEqualTo("sts-001");
    assertThat(assume.methodName()).isNotBlank();
    assertThat(assume.permissions()).contains("sts:AssumeRole");
    assertThat(String.join("\n", assume.steps())).contains(PROD_DEPLOY_ROLE);
    assertThat(assume.remediation()).isNotBlank();
  }

  @Test
  void limitsAreCheckedBeforeAnyWork() {
    assertThatThrownBy(() -> queries.paths(INSTANCE, PROD_DEPLOY_ROLE, 21, 8, true))
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("k must be between 1 and 20, was 21");
    assertThatThrownBy(() -> queries.blastRadius(INSTANCE, 17, true))
        .isInstanceOf(LimitExceededException.class)
        .extracting(e -> ((LimitExceededException) e).limit())
        .isEqualTo("maxHops");
    assertThatThrownBy(() -> queries.search("ab", 0, 201))
        .hasMessage("size must be between 1 and 200, was 201");
    assertThatThrownBy(() -> queries.node(INSTANCE, -1, 10))
        .hasMessage("page must be between 0 and 100000, was -1");
  }

  @Test
  void blastRadiusOfTheCompromisedWebServer() {
    BlastRadiusResult result = queries.blastRadius(INSTANCE, 8, true);

    assertThat(result.source()).isEqualTo(INSTANCE_ARN);
    ReachedNode deploy =
        result.reachable().stream()
            .filter(r -> r.arn().equals(PROD_DEPLOY_ROLE))
            .findFirst()
            .orElseThrow();
    assertThat(deploy.admin()).isTrue();
    assertThat(deploy.account()).isEqualTo("444444444444");
    assertThat(deploy.hops()).isEqualTo(2);
    assertThat(deploy.path())
        .extracting(s -> s.from() + ">" + s.to() + "/" + s.method())
        .containsExactly(
            INSTANCE_ARN + ">" + WEB_APP_ROLE + "/ec2-instance-role",
            WEB_APP_ROLE + ">" + PROD_DEPLOY_ROLE + "/sts-001");
    assertThat(result.accounts())
        .contains(new AccountReach("555555555555", false), new AccountReach("444444444444", true));
    assertThat(result.permissionsOf()).containsExactly(WEB_APP_ROLE);
    assertThat(result.permissions()).containsKeys("s3", "sts");
  }

  @Test
  void whoCanBecomeAdminOfProd() {
    WhoCanReachResult result = queries.whoCanReach(null, "444444444444", 8, true);

    assertThat(result.target()).isEqualTo("admin-of:444444444444");
    assertThat(result.targets()).isNotEmpty();
    assertThat(result.reaching())
        .extracting(ReachedNode::arn)
        .contains(PROD_DEPLOY_ROLE, WEB_APP_ROLE, INSTANCE_ARN, ALICE);
    assertThat(result.reaching())
        .filteredOn(r -> r.arn().equals(INSTANCE_ARN))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.path())
                    .extracting(s -> s.to())
                    .startsWith(WEB_APP_ROLE, PROD_DEPLOY_ROLE));
  }

  @Test
  void whoCanReachOneNodeAndTheArgumentRules() {
    WhoCanReachResult result = queries.whoCanReach(PROD_DEPLOY_ROLE, null, 8, true);

    assertThat(result.reaching()).extracting(ReachedNode::arn).contains(WEB_APP_ROLE, INSTANCE_ARN);
    assertThatThrownBy(() -> queries.whoCanReach(PROD_DEPLOY_ROLE, "444444444444", 8, true))
        .hasMessage("give exactly one of to and adminOf");
    assertThatThrownBy(() -> queries.whoCanReach(null, "999999999999", 8, true))
        .isInstanceOf(UnknownNodeException.class)
        .hasMessageContaining("no account 999999999999");
  }

  @Test
  void escalationsListNonAdminsThatReachAnAdminAndFilterByAccountAndOu() {
    List<Escalation> all = queries.escalations(null, null, 8, true).escalations();
    List<Escalation> dev = queries.escalations("555555555555", null, 8, true).escalations();
    List<Escalation> workloads =
        queries.escalations(null, "ou-acme-workloads", 8, true).escalations();

    assertThat(all).extracting(Escalation::principal).contains(INSTANCE_ARN, WEB_APP_ROLE);
    assertThat(all).extracting(Escalation::principal).doesNotContain(ALICE, PROD_DEPLOY_ROLE);
    assertThat(all)
        .filteredOn(e -> e.principal().equals(INSTANCE_ARN))
        .singleElement()
        .satisfies(e -> assertThat(e.hops()).isEqualTo(2));
    assertThat(dev)
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.principal()).contains("555555555555"));
    assertThat(workloads)
        .extracting(Escalation::principal)
        .containsAll(dev.stream().map(Escalation::principal).toList());
    assertThatThrownBy(() -> queries.escalations(null, "ou-nothere", 8, true))
        .isInstanceOf(UnknownNodeException.class);
  }

  @Test
  void adminsCarryTheirEvidence() {
    var admins = queries.admins("444444444444").admins();

    assertThat(admins).extracting(a -> a.principal()).contains(PROD_DEPLOY_ROLE);
    assertThat(admins).allSatisfy(a -> assertThat(a.account()).isEqualTo("444444444444"));
    assertThat(admins)
        .filteredOn(a -> a.principal().equals(PROD_DEPLOY_ROLE))
        .singleElement()
        .satisfies(a -> assertThat(a.evidence().toString()).contains("AdministratorAccess"));
  }

  @Test
  void canAnswersWithTheEngineAndKnowsConditions() {
    var allowed = queries.can(WEB_APP_ROLE, "sts:AssumeRole", PROD_DEPLOY_ROLE, Map.of());
    var denied = queries.can(BOB, "iam:CreateUser", "arn:aws:iam::111111111111:user/x", Map.of());

    assertThat(allowed.decision()).isEqualTo("ALLOW");
    assertThat(allowed.evidence().toString()).contains("assume-prod-deploy");
    assertThat(denied.decision()).isEqualTo("DENY");
    assertThat(queries.can(INSTANCE, "sts:AssumeRole", PROD_DEPLOY_ROLE, Map.of()).decision())
        .as("an instance asks as its instance role")
        .isEqualTo("ALLOW");
    assertThatThrownBy(() -> queries.can(BOB, "iam:CreateUser", "*", Map.of("bad key", "x")))
        .isInstanceOf(MalformedInputException.class);
  }

  @Test
  void permissionsOfAPrincipalAndNotOfAnExternalAccount() {
    assertThat(queries.permissions(WEB_APP_ROLE).services())
        .extracting(s -> s.service())
        .contains("s3", "sts");
    assertThatThrownBy(() -> queries.permissions("arn:aws:iam::888877776666:root"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("policies are unknown");
  }

  @Test
  void searchFindsByPrefixAndSubstringWithPaging() {
    SearchResult deploy = queries.search("deploy", 0, 2);
    SearchResult instance = queries.search("i-0d3v", 0, 10);
    SearchResult account = queries.search("acme-prod", 0, 10);

    assertThat(deploy.total()).isGreaterThan(2);
    assertThat(deploy.items()).hasSize(2);
    assertThat(queries.search("deploy", 1, 2).items()).doesNotContainAnyElementsOf(deploy.items());
    assertThat(instance.items()).extracting(h -> h.arn()).containsExactly(INSTANCE_ARN);
    assertThat(account.items())
        .anySatisfy(h -> assertThat(h.kind() + " " + h.id()).isEqualTo("ACCOUNT 444444444444"));
    assertThatThrownBy(() -> queries.search("a", 0, 10)).isInstanceOf(LimitExceededException.class);
  }

  @Test
  void nodeDetailOfARoleHasPoliciesTrustProfileAndPagedEdges() {
    NodeDetail role = queries.node(WEB_APP_ROLE, 0, 1);

    assertThat(role.kind()).isEqualTo("ROLE");
    assertThat(role.account()).isEqualTo("555555555555");
    assertThat(role.policies())
        .extracting(p -> p.attachment() + " " + p.name())
        .contains("inline assume-prod-deploy", "managed web-app-s3-read");
    assertThat(role.policies()).allSatisfy(p -> assertThat(p.document()).startsWith("{"));
    assertThat(role.trustPolicy()).contains("ec2.amazonaws.com");
    assertThat(role.instanceProfile()).singleElement().asString().contains("web-app-profile");
    assertThat(role.inbound().total()).isGreaterThanOrEqualTo(1);
    assertThat(queries.node(WEB_APP_ROLE, 0, 50).inbound().edges())
        .anySatisfy(
            e -> assertThat(e.kind() + " " + e.from()).isEqualTo("RUNS_AS " + INSTANCE_ARN));
    assertThat(role.outbound().total()).isGreaterThanOrEqualTo(1);
    assertThat(role.outbound().edges()).hasSize(1);
    assertThat(role.outbound().size()).isEqualTo(1);
  }

  @Test
  void nodeDetailOfAnAdminUserAndOfAnInstance() {
    NodeDetail alice = queries.node(ALICE, 0, 50);
    NodeDetail instance = queries.node(INSTANCE, 0, 50);

    assertThat(alice.admin()).isTrue();
    assertThat(alice.adminEvidence().toString()).contains("AdministratorAccess");
    assertThat(alice.groups()).singleElement().asString().endsWith("group/Admins");
    assertThat(alice.policies()).extracting(p -> p.attachment()).contains("group-managed");
    assertThat(instance.runsAs()).containsExactly(WEB_APP_ROLE);
    assertThat(instance.tags()).containsEntry("Name", "web-frontend-dev");
  }

  @Test
  void organizationTreeCountsPerAccount() {
    OrganizationView org = queries.organization();

    assertThat(org.id()).isEqualTo("o-acme0demo1");
    assertThat(org.roots()).hasSize(1);
    OrgUnitView root = org.roots().get(0);
    var prod =
        flatten(root).stream().filter(a -> a.id().equals("444444444444")).findFirst().orElseThrow();
    assertThat(prod.name()).isEqualTo("acme-prod");
    assertThat(prod.counts().admins()).isGreaterThan(0);
    assertThat(prod.counts().principals()).isGreaterThan(prod.counts().admins());
    var dev =
        flatten(root).stream().filter(a -> a.id().equals("555555555555")).findFirst().orElseThrow();
    assertThat(dev.counts().escalations())
        .isEqualTo(queries.escalations("555555555555", null, 8, true).escalations().size());
  }

  @Test
  void findingsAreFilteredBySeverityTypeAndAccount() {
    AccessQueries withFindings =
        DemoQueries.queries(
            (snapshot, engine) ->
                List.of(
                    new FindingRow(
                        "LONG_LIVED_ACCESS_KEY", "HIGH", "333333333333", TERRAFORM_CI, "old key"),
                    new FindingRow(
                        "CONSOLE_USER_WITHOUT_MFA", "MEDIUM", "111111111111", BOB, "no mfa")));

    assertThat(withFindings.findings("high", null, null).findings()).containsExactly("old key");
    assertThat(withFindings.findings(null, "console_user_without_mfa", null).findings())
        .containsExactly("no mfa");
    assertThat(withFindings.findings(null, null, "111111111111").findings())
        .containsExactly("no mfa");
    assertThat(withFindings.node(BOB, 0, 10).findings()).containsExactly("no mfa");
    assertThatThrownBy(() -> withFindings.findings("urgent", null, null))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("is not one of [CRITICAL, HIGH, MEDIUM, LOW, INFO]");
  }

  @Test
  void theDemoFindingsComeFromTheAnalysis() {
    var findings = queries.findings(null, null, null).findings();

    assertThat(findings)
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f).isInstanceOf(FindingView.class));
    assertThat(findings)
        .extracting(f -> ((FindingView) f).type())
        .contains("LONG_LIVED_ACCESS_KEY", "ESCALATION_TO_ADMIN");
    assertThat(queries.organization().roots().get(0).toString()).contains("findings=");
  }

  private static List<io.accessgraph.api.view.AccountView> flatten(OrgUnitView unit) {
    List<io.accessgraph.api.view.AccountView> out = new java.util.ArrayList<>(unit.accounts());
    unit.units().forEach(u -> out.addAll(flatten(u)));
    return out;
  }
}
