package io.accessgraph.ingest.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.accessgraph.model.org.OrgAccount;
import io.accessgraph.model.org.OrgPolicy;
import io.accessgraph.model.org.OrgUnit;
import io.accessgraph.model.org.Organization;
import io.accessgraph.model.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

class OrganizationMapperTest {
  private final Snapshot snapshot = Fixtures.readFixtures("cli/org.json");
  private final Organization org = snapshot.organization().orElseThrow();

  @Test
  void mapsTheOrganizationTree() {
    assertThat(snapshot.problems()).isEmpty();
    assertThat(org.id()).isEqualTo("o-exampleorgid");
    assertThat(org.arn())
        .isEqualTo("arn:aws:organizations::999999999999:organization/o-exampleorgid");
    assertThat(org.managementAccountId()).isEqualTo("999999999999");
    assertThat(org.roots()).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo("r-ab12"));
    assertThat(org.units())
        .extracting(OrgUnit::id, OrgUnit::name, OrgUnit::parentId)
        .containsExactly(
            tuple("ou-ab12-prod", "Prod", "ou-ab12-workload"),
            tuple("ou-ab12-workload", "Workloads", "r-ab12"));
    assertThat(org.accounts())
        .extracting(OrgAccount::id)
        .containsExactly("111111111111", "222222222222", "999999999999");
    OrgAccount app = org.account("111111111111").orElseThrow();
    assertThat(app.name()).isEqualTo("app-prod");
    assertThat(app.email()).isEqualTo("app-prod@example.com");
    assertThat(app.active()).isTrue();
    assertThat(org.pathTo("111111111111"))
        .containsExactly("r-ab12", "ou-ab12-workload", "ou-ab12-prod", "111111111111");
  }

  @Test
  void mapsScpsWithTheirDocumentsAndTargets() {
    assertThat(org.policies())
        .extracting(OrgPolicy::id)
        .containsExactly("p-FullAWSAccess", "p-denyleave");
    OrgPolicy full = org.policies().get(0);
    assertThat(full.type()).isEqualTo(OrgPolicy.SCP);
    assertThat(full.awsManaged()).isTrue();
    assertThat(full.name()).isEqualTo("FullAWSAccess");
    assertThat(full.targetIds())
        .containsExactly("111111111111", "ou-ab12-prod", "ou-ab12-workload", "r-ab12");
    assertThat(full.document().statements().get(0).actions()).containsExactly("*");

    OrgPolicy deny = org.policies().get(1);
    assertThat(deny.awsManaged()).isFalse();
    assertThat(deny.targetIds()).containsExactly("ou-ab12-workload");
    assertThat(deny.document().statements())
        .singleElement()
        .satisfies(st -> assertThat(st.isDeny()).isTrue());
  }

  @Test
  void accountsOnlyInTheOrganizationAreNotIngestedAccounts() {
    assertThat(snapshot.accounts()).isEmpty();
  }

  @Test
  void withoutOrgJsonEveryAccountIsStandalone() {
    Snapshot s = Fixtures.readFixtures("cli/deploy/iam.json");
    assertThat(s.organization()).isEmpty();
    assertThat(s.accounts()).containsOnlyKeys(Fixtures.DEPLOY);
  }

  @Test
  void anScpThatDoesNotParseIsLeftOutAndNamed() {
    Snapshot s =
        Fixtures.read(
            Fixtures.json(
                "org.json",
                """
                {"organization": {"Id": "o-1", "MasterAccountId": "999999999999"},
                 "roots": [{"Id": "r-1", "Name": "Root"}],
                 "organizationalUnits": [],
                 "accounts": [{"Id": "999999999999", "Name": "mgmt", "ParentId": "r-1"}],
                 "policies": [
                   {"PolicySummary": {"Id": "p-bad", "Name": "Broken", "Type": "SERVICE_CONTROL_POLICY"},
                    "Content": "{\\"Statement\\": [{\\"Effect\\": \\"Deny\\"}]}",
                    "Targets": [{"TargetId": "r-1", "Type": "ROOT"}]},
                   {"PolicySummary": {"Id": "p-ok", "Name": "Ok", "Type": "SERVICE_CONTROL_POLICY"},
                    "Content": "{\\"Statement\\": {\\"Effect\\": \\"Allow\\", \\"Action\\": \\"*\\", \\"Resource\\": \\"*\\"}}",
                    "Targets": [{"TargetId": "r-1", "Type": "ROOT"}]}]}
                """));
    Organization o = s.organization().orElseThrow();
    assertThat(o.policies()).extracting(OrgPolicy::id).containsExactly("p-ok");
    assertThat(s.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo("org.json");
              assertThat(p.entity()).isEqualTo("p-bad");
              assertThat(p.message())
                  .startsWith("organization policy p-bad (Broken): Content: statement 0")
                  .contains("neither Action nor NotAction")
                  .contains("left out");
            });
  }

  @Test
  void anAccountWithoutParentIsReportedAndTheRestKept() {
    Snapshot s =
        Fixtures.read(
            Fixtures.json(
                "org.json",
                """
                {"organization": {"Id": "o-1"}, "roots": [{"Id": "r-1"}],
                 "accounts": [{"Id": "111111111111", "Name": "orphan"},
                              {"Id": "222222222222", "ParentId": "r-1"}]}
                """));
    assertThat(s.organization().orElseThrow().accounts())
        .extracting(OrgAccount::id)
        .containsExactly("222222222222");
    assertThat(s.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.entity()).isEqualTo("111111111111");
              assertThat(p.message())
                  .isEqualTo("account '111111111111' has no ParentId; this account was left out");
            });
  }

  @Test
  void aSecondOrganizationFileIsReportedNotMixedIn() {
    Snapshot s =
        Fixtures.read(
            Fixtures.file("cli/org.json"),
            Fixtures.json("z-other-org.json", "{\"organization\": {\"Id\": \"o-other\"}}"));
    assertThat(s.organization().orElseThrow().id()).isEqualTo("o-exampleorgid");
    assertThat(s.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo("z-other-org.json");
              assertThat(p.message())
                  .contains("a second organization file")
                  .contains("cli/org.json");
            });
  }

  @Test
  void organizationWithoutIdIsReported() {
    Snapshot s = Fixtures.read(Fixtures.json("org.json", "{\"organization\": {\"Arn\": \"x\"}}"));
    assertThat(s.organization()).isEmpty();
    assertThat(s.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("has no Id"));
  }
}
