package io.accessgraph.analysis.escalation;

import static io.accessgraph.analysis.escalation.TestOrg.allow;
import static io.accessgraph.analysis.escalation.TestOrg.edges;
import static io.accessgraph.analysis.escalation.TestOrg.trustAws;
import static io.accessgraph.analysis.escalation.TestOrg.trustService;
import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.analysis.escalation.catalog.EdgeFacts;
import io.accessgraph.analysis.escalation.catalog.MethodCatalog;
import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.analysis.graph.AccessPath;
import io.accessgraph.analysis.graph.NodeKind;
import io.accessgraph.analysis.graph.TraversalOptions;
import io.accessgraph.analysis.graph.WellKnownNodes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chains of edges, across accounts, and the rules that shape the graph as a whole. */
class ScenarioTest {
  static final String A = "111111111111";
  static final String B = "222222222222";
  static final String ADMIN_POLICY = "{'Statement':{'Effect':'Allow','Action':'*','Resource':'*'}}";

  @Test
  void anInstanceReachesAdminOfAnotherAccountThroughAssumeAndPassRole() {
    TestOrg org = new TestOrg();
    TestOrg.Acc a = org.account(A);
    TestOrg.Acc b = org.account(B);
    String deployer = b.arn("role", "deployer");
    String web =
        a.role("web", trustService("ec2.amazonaws.com"), allow("sts:AssumeRole", deployer));
    String instance = a.instance("i-0000000000000000a", "running", a.profile("web", web));
    b.role("deployer", trustAws(web), allow("iam:PassRole,ec2:RunInstances", "*"));
    String ops = b.role("ops", trustService("ec2.amazonaws.com"), ADMIN_POLICY);
    b.profile("ops", ops);

    AccessGraph graph = AccessGraph.of(org.analyze());
    List<AccessPath> paths =
        graph.paths(instance, WellKnownNodes.accountAdmin(B), 1, TraversalOptions.defaults());

    assertThat(paths).hasSize(1);
    assertThat(paths.get(0).edges())
        .extracting(AccessEdge::method)
        .containsExactly("ec2-instance-role", "sts-001", "ec2-001", "admin");
    assertThat(paths.get(0).edges()).extracting(AccessEdge::to).contains(web, deployer, ops);
  }

  @Test
  void aRoleThatCanChangeItsOwnPolicyLeadsToAdminNotToItself() {
    TestOrg org = new TestOrg();
    TestOrg.Acc a = org.account(A);
    String role =
        a.role(
            "self",
            trustService("ec2.amazonaws.com"),
            allow("iam:PutRolePolicy", a.arn("role", "self")));

    AccessGraphData data = org.analyze();

    assertThat(data.edges()).noneMatch(e -> e.from().equals(e.to()));
    assertThat(edges(data, role, WellKnownNodes.accountAdmin(A)))
        .extracting(AccessEdge::method)
        .containsExactly("iam-005");
    assertThat(data.nodes())
        .anyMatch(n -> n.kind() == NodeKind.ACCOUNT_ADMIN && n.accountId().equals(A));
  }

  @Test
  void aRoleTrustingItsAccountRootIsUnreachableWhenNobodyMayAssumeIt() {
    TestOrg org = new TestOrg();
    TestOrg.Acc a = org.account(A);
    a.user("reader", allow("s3:GetObject", "*"));
    a.user("other", allow("sts:AssumeRole", a.arn("role", "something-else")));
    String locked = a.role("locked", trustAws("arn:aws:iam::" + A + ":root"), ADMIN_POLICY);

    AccessGraphData data = org.analyze();

    assertThat(data.edges()).noneMatch(e -> e.to().equals(locked));
  }

  @Test
  void permissionsSplitOverGroupsAndPoliciesAddUp() {
    TestOrg org = new TestOrg();
    TestOrg.Acc a = org.account(A);
    String launch = a.managed("launch", allow("ec2:RunInstances", "*"));
    a.group("passers", List.of(), allow("iam:PassRole", a.arn("role", "ops-*")));
    a.group("launchers", List.of(launch));
    String both = a.user("both", List.of("passers", "launchers"), List.of(), null);
    String one = a.user("one", List.of("passers"), List.of(), null);
    String ops = a.role("ops-runner", trustService("ec2.amazonaws.com"), ADMIN_POLICY);
    a.profile("ops-runner", ops);

    AccessGraphData data = org.analyze();

    AccessEdge edge = edges(data, both, ops).get(0);
    assertThat(edge.method()).isEqualTo("ec2-001");
    assertThat(edge.evidence())
        .anyMatch(
            l ->
                l.startsWith("iam:PassRole on " + ops)
                    && l.contains("arn:aws:iam::" + A + ":group/passers#inline:inline0"))
        .anyMatch(l -> l.startsWith("ec2:RunInstances on *") && l.contains(launch));
    assertThat(edges(data, one, ops)).isEmpty();
  }

  @Test
  void iamChangesInAnotherAccountAreNeverEdges() {
    TestOrg org = new TestOrg();
    TestOrg.Acc a = org.account(A);
    TestOrg.Acc b = org.account(B);
    String attacker =
        a.user(
            "attacker", allow("iam:PutRolePolicy,iam:UpdateAssumeRolePolicy,sts:AssumeRole", "*"));
    b.role("victim", trustAws(attacker));

    AccessGraphData data = org.analyze();

    assertThat(edges(data, attacker, WellKnownNodes.accountAdmin(B))).isEmpty();
    assertThat(data.edges())
        .filteredOn(e -> e.from().equals(attacker))
        .extracting(AccessEdge::method)
        .containsOnly("sts-001");
  }

  @Test
  void outsideAccountRootsAndWildcardTrustBecomeSources() {
    TestOrg org = new TestOrg();
    TestOrg.Acc a = org.account(A);
    String vendor = a.role("vendor", trustAws("arn:aws:iam::444455556666:root"));
    String open = a.role("open", trustAws("*"));
    String orgOnly =
        a.role(
            "org-only",
            "{'Statement':{'Effect':'Allow','Principal':{'AWS':'*'},'Action':'sts:AssumeRole',"
                + "'Condition':{'StringEquals':{'aws:PrincipalOrgID':'o-test'}}}}");

    AccessGraphData data = org.analyze();

    assertThat(edges(data, "arn:aws:iam::444455556666:root", vendor))
        .extracting(AccessEdge::method)
        .containsExactly("trust-account-root");
    assertThat(edges(data, WellKnownNodes.ANYONE, open))
        .singleElement()
        .satisfies(e -> assertThat(e.method()).isEqualTo("trust-wildcard"))
        .satisfies(e -> assertThat(e.conditional()).isFalse());
    assertThat(edges(data, WellKnownNodes.ANYONE, orgOnly))
        .singleElement()
        .satisfies(e -> assertThat(e.conditional()).isTrue())
        .satisfies(e -> assertThat(e.conditions()).anyMatch(c -> c.contains("aws:PrincipalOrgID")));
    assertThat(data.nodes()).anyMatch(n -> n.arn().equals("*") && n.kind() == NodeKind.ACCOUNT);
  }

  @Test
  void everyAdministratorReachesItsAccountsAdminNode() {
    TestOrg org = new TestOrg();
    TestOrg.Acc a = org.account(A);
    String root = a.user("root-like", ADMIN_POLICY);
    String mfa =
        a.user(
            "mfa-admin",
            "{'Statement':{'Effect':'Allow','Action':'*','Resource':'*','Condition':"
                + "{'Bool':{'aws:MultiFactorAuthPresent':'true'}}}}");

    AccessGraphData data = org.analyze();

    AccessEdge plain = edges(data, root, WellKnownNodes.accountAdmin(A)).get(0);
    assertThat(plain.method()).isEqualTo("admin");
    assertThat(plain.conditional()).isFalse();
    AccessEdge conditional = edges(data, mfa, WellKnownNodes.accountAdmin(A)).get(0);
    assertThat(conditional.conditional()).isTrue();
    assertThat(data.nodes()).filteredOn(n -> n.arn().equals(root)).allMatch(n -> n.admin());
  }

  @Test
  void oncePrincipalReachesAdminOnlyGatewaysStillGetEdges() {
    TestOrg org = new TestOrg();
    TestOrg.Acc a = org.account(A);
    TestOrg.Acc b = org.account(B);
    String dev =
        a.user("dev", allow("iam:PassRole,lambda:CreateFunction,lambda:InvokeFunction", "*"));
    String admin = a.role("fn-admin", trustService("lambda.amazonaws.com"), ADMIN_POLICY);
    String plain = a.role("fn-plain", trustService("lambda.amazonaws.com"));
    String target = b.arn("role", "target");
    String gateway =
        a.role("fn-gateway", trustService("lambda.amazonaws.com"), allow("sts:AssumeRole", target));
    b.role("target", trustAws(gateway));

    AccessGraphData data = org.analyze();

    assertThat(edges(data, dev, admin))
        .extracting(AccessEdge::method)
        .containsExactly("lambda-001");
    assertThat(edges(data, dev, gateway))
        .extracting(AccessEdge::method)
        .containsExactly("lambda-001");
    assertThat(edges(data, dev, plain)).isEmpty();
  }

  @Test
  void onlyExistingInstancesAreTargetsAndSessionsNeedThemRunning() {
    TestOrg org = new TestOrg();
    TestOrg.Acc a = org.account(A);
    String ops =
        a.user(
            "ops",
            allow(
                "ssm:SendCommand,ec2:ModifyInstanceAttribute,ec2:StopInstances,ec2:StartInstances",
                "*"));
    String running = a.role("running", trustService("ec2.amazonaws.com"));
    String stopped = a.role("stopped", trustService("ec2.amazonaws.com"));
    String gone = a.role("gone", trustService("ec2.amazonaws.com"));
    a.instance("i-00000000000000001", "running", a.profile("running", running));
    a.instance("i-00000000000000002", "stopped", a.profile("stopped", stopped));
    a.instance("i-00000000000000003", "terminated", a.profile("gone", gone));

    AccessGraphData data = org.analyze();

    assertThat(edges(data, ops, running)).extracting(AccessEdge::method).containsExactly("ssm-002");
    assertThat(edges(data, ops, stopped)).extracting(AccessEdge::method).containsExactly("ec2-002");
    assertThat(edges(data, ops, gone)).isEmpty();
  }

  @Test
  void aRegionLimitingScpIsMetByChoosingAnAllowedRegion() {
    TestOrg org = new TestOrg();
    TestOrg.Acc a = org.account(A);
    String dev = a.user("dev", allow("iam:PassRole,ec2:RunInstances", "*"));
    String ops = a.role("ops", trustService("ec2.amazonaws.com"));
    a.profile("ops", ops);
    org.scp(
        "Regions",
        "{'Statement':{'Effect':'Deny','NotAction':['iam:*','sts:*'],'Resource':'*','Condition':"
            + "{'StringNotEquals':{'aws:RequestedRegion':['eu-west-1']}}}}");

    AccessEdge edge = edges(org.analyze(), dev, ops).get(0);

    assertThat(edge.conditional()).isFalse();
    assertThat(edge.evidence()).contains(EdgeFacts.REGION + "eu-west-1");
    assertThat(MethodCatalog.get("ec2-001").steps(edge))
        .singleElement()
        .asString()
        .contains("--region eu-west-1", "Name=ops", "--image-id <ami-id>");
  }

  @Test
  void stepsNameTheRealArnsOfTheEdge() {
    TestOrg org = new TestOrg();
    TestOrg.Acc a = org.account(A);
    String root = "arn:aws:iam::" + A + ":root";
    String attacker = a.user("attacker", allow("iam:PutRolePolicy,sts:AssumeRole", "*"));
    String victim = a.role("victim", trustAws(root));

    AccessEdge edge = edges(org.analyze(), attacker, WellKnownNodes.accountAdmin(A)).get(0);

    assertThat(edge.method()).isEqualTo("iam-017");
    assertThat(EdgeFacts.read(edge, EdgeFacts.VIA)).isEqualTo(victim);
    assertThat(MethodCatalog.get("iam-017").steps(edge))
        .containsExactly(
            "aws iam put-role-policy --role-name victim --policy-name escalate --policy-document file://admin.json",
            "aws sts assume-role --role-arn " + victim + " --role-session-name accessgraph");
  }
}
