package io.accessgraph.ingest.synth;

import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.model.ec2.Ec2Instance;
import io.accessgraph.model.iam.ManagedPolicy;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.org.OrgAccount;
import io.accessgraph.model.org.OrgPolicy;
import io.accessgraph.model.org.OrgUnit;
import io.accessgraph.model.org.Organization;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.Snapshot;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated files read back through the offline reader, the way every user reads them. */
class SynthSnapshotTest {
  private final SynthFixture fixture = SynthFixture.get();
  private final Snapshot snapshot = fixture.snapshot;

  @Test
  void everyFileReadsWithoutAProblem() {
    // The reader skips _expected.json, a side file starting with "_".
    assertThat(snapshot.problems()).isEmpty();
  }

  @Test
  void everyAccountHasExactlyTheRequestedPrincipalsInTheMix() {
    assertThat(snapshot.accounts()).hasSize(5);
    for (AccountSnapshot account : snapshot.accountList()) {
      assertThat(account.principalCount()).as(account.accountId()).isEqualTo(40);
      assertThat(account.roles()).as(account.accountId()).hasSize(20);
      long machines = account.users().stream().filter(u -> u.path().equals("/machine/")).count();
      assertThat(machines).as(account.accountId()).isEqualTo(6);
      assertThat(account.groups()).isNotEmpty();
      assertThat(account.identityProviders()).hasSize(1);
    }
  }

  @Test
  void accountIdsAndNamesFollowTheIndex() {
    Organization org = snapshot.organization().orElseThrow();
    assertThat(snapshot.accounts().keySet())
        .containsExactly(
            "100000000000", "100000007919", "100000015838", "100000023757", "100000031676");
    assertThat(org.accounts().stream().map(OrgAccount::name))
        .containsExactly(
            "synth-management-0000",
            "synth-shared-0001",
            "synth-audit-0002",
            "synth-prod-0003",
            "synth-sandbox-0004");
    assertThat(org.managementAccountId()).isEqualTo("100000000000");
  }

  @Test
  void instancesAreSpreadOverRegionsWithProfilesAndSomeImdsV1() {
    List<Ec2Instance> instances =
        snapshot.accountList().stream().flatMap(a -> a.instances().stream()).toList();
    // 40 / 10 per account, plus the two planted instances of the audit account.
    assertThat(instances).hasSize(5 * 4 + 2);
    assertThat(instances.stream().map(Ec2Instance::region).distinct().count()).isGreaterThan(1);
    assertThat(instances).anyMatch(Ec2Instance::imdsV1Allowed);
    assertThat(instances).anyMatch(i -> !i.imdsV1Allowed());
    Set<String> profiles =
        snapshot.accountList().stream()
            .flatMap(a -> a.instanceProfiles().stream())
            .map(p -> p.arn())
            .collect(Collectors.toSet());
    assertThat(instances)
        .filteredOn(i -> i.instanceProfileArn() != null)
        .isNotEmpty()
        .allMatch(i -> profiles.contains(i.instanceProfileArn()));
  }

  @Test
  void everyAttachedPolicyAndBoundaryIsListedInItsAccount() {
    for (AccountSnapshot account : snapshot.accountList()) {
      Set<String> listed =
          account.policies().stream().map(ManagedPolicy::arn).collect(Collectors.toSet());
      Set<String> used = new HashSet<>();
      account.users().forEach(u -> used.addAll(u.attachedPolicyArns()));
      account.groups().forEach(g -> used.addAll(g.attachedPolicyArns()));
      account.roles().forEach(r -> used.addAll(r.attachedPolicyArns()));
      account.users().stream()
          .map(User::permissionsBoundaryArn)
          .filter(b -> b != null)
          .forEach(used::add);
      account.roles().stream()
          .map(Role::permissionsBoundaryArn)
          .filter(b -> b != null)
          .forEach(used::add);
      assertThat(listed).as(account.accountId()).containsAll(used);
      assertThat(used).anyMatch(arn -> arn.startsWith("arn:aws:iam::aws:policy/"));
    }
  }

  @Test
  void theMixHasSsoServiceAndCrossAccountRoles() {
    AccountSnapshot prod = snapshot.account("100000023757").orElseThrow();
    List<String> names = prod.roles().stream().map(Role::name).toList();
    assertThat(names)
        .anyMatch(n -> n.startsWith("AWSReservedSSO_AdministratorAccess_"))
        .contains("OrganizationAccountAccessRole", "synth-deploy", "break-glass-admin");
    Role sso =
        prod.roles().stream()
            .filter(r -> r.name().startsWith("AWSReservedSSO_"))
            .findFirst()
            .orElseThrow();
    assertThat(sso.path()).isEqualTo("/aws-reserved/sso.amazonaws.com/");
    assertThat(sso.trustPolicy().statements().get(0).principal().toString())
        .contains(":saml-provider/AWSSSO_")
        .contains("_DO_NOT_DELETE");
    Role deploy =
        prod.roles().stream()
            .filter(r -> r.name().equals("synth-deploy"))
            .findFirst()
            .orElseThrow();
    assertThat(deploy.trustPolicy().json()).contains("arn:aws:iam::100000007919:role/ci-runner");
    assertThat(prod.users()).anyMatch(u -> !u.accessKeys().isEmpty());
  }

  @Test
  void theOrganizationTreeIsConsistent() {
    Organization org = snapshot.organization().orElseThrow();
    Set<String> containers = new HashSet<>();
    org.roots().forEach(r -> containers.add(r.id()));
    org.units().forEach(u -> containers.add(u.id()));
    assertThat(org.roots()).hasSize(1);
    assertThat(org.units()).hasSize(6).allMatch(u -> containers.contains(u.parentId()));
    assertThat(org.units().stream().map(OrgUnit::parentId))
        .anyMatch(p -> !p.equals(org.roots().get(0).id()));
    assertThat(org.accounts()).hasSize(5).allMatch(a -> containers.contains(a.parentId()));
    assertThat(org.accounts().stream().map(OrgAccount::id).collect(Collectors.toSet()))
        .isEqualTo(snapshot.accounts().keySet());
    Set<String> targets = new HashSet<>(containers);
    org.accounts().forEach(a -> targets.add(a.id()));
    for (OrgPolicy policy : org.policies()) {
      assertThat(policy.targetIds()).as(policy.name()).isNotEmpty();
      assertThat(targets).as(policy.name()).containsAll(policy.targetIds());
    }
    OrgPolicy full =
        org.policies().stream()
            .filter(p -> p.name().equals("FullAWSAccess"))
            .findFirst()
            .orElseThrow();
    assertThat(full.awsManaged()).isTrue();
    assertThat(new HashSet<>(full.targetIds())).isEqualTo(targets);
    assertThat(org.policies())
        .filteredOn(p -> !p.awsManaged())
        .hasSizeGreaterThanOrEqualTo(3)
        .allMatch(p -> p.document().statements().stream().allMatch(s -> s.isDeny()));
  }
}
