package io.accessgraph.ingest.synth;

import java.util.List;

/**
 * Generates one account from its index: the split of its principals (half roles, about 15% machine
 * users, the rest people), then the fixed roles, the planted paths, and random workload roles
 * filling up the roles' share, so every account has exactly the requested principal count.
 */
final class AccountGenerator {
  private AccountGenerator() {}

  record Generated(AccountModel account, List<ExpectedCheck> checks) {}

  static Generated generate(OrgLayout layout, int index) {
    AccountContext ctx = new AccountContext(layout, index);
    int principals = layout.options().principalsPerAccount();
    int roles = (principals + 1) / 2;
    int machines = (principals * 15 + 50) / 100;
    int people = principals - roles - machines;

    CustomerPolicies.create(ctx.account, ctx.kind.permissive(), ctx.seed, ctx.rng);
    List<String> groups = GroupFactory.add(ctx, Math.max(1, principals / 50));
    PlatformRoles.add(ctx, roles);
    List<ExpectedCheck> checks =
        layout.hostsPlants(index) ? PlantedPaths.plantHost(ctx) : List.of();
    int host = layout.hostTargeting(index);
    if (host >= 0) {
      PlantedPaths.plantTarget(ctx, host);
    }
    int workloadRoles = roles - ctx.account.roles.size();
    if (workloadRoles < 0) {
      throw new IllegalStateException(
          "account "
              + ctx.accountId()
              + " needs "
              + ctx.account.roles.size()
              + " fixed roles but its share of principals is only "
              + roles);
    }
    ServiceRoles.add(ctx, workloadRoles);
    int plantedUsers = ctx.account.users.size();
    UserFactory.addMachines(ctx, machines);
    UserFactory.addPeople(ctx, people - plantedUsers, groups);

    List<AccountModel.Role> ec2Roles =
        ctx.account.roles.stream()
            .filter(r -> r.profile() != null && !r.name().startsWith("planted-"))
            .toList();
    InstanceFactory.addMix(ctx, Math.max(1, principals / 10), ec2Roles);
    return new Generated(ctx.account, checks);
  }
}
