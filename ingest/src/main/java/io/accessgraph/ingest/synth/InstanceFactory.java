package io.accessgraph.ingest.synth;

import java.util.List;

/**
 * EC2 instances spread over the regions: most run with one of the account's EC2 roles, some with
 * none, and about a third still allow IMDSv1 (HttpTokens "optional").
 */
final class InstanceFactory {
  private static final String[] TYPES = {
    "t3.micro", "t3.medium", "m5.large", "m6i.xlarge", "c5.xlarge", "r5.large", "t4g.small"
  };
  private static final String[] WORKLOADS = {"web", "api", "worker", "batch", "bastion", "etl"};

  private InstanceFactory() {}

  /** Adds {@code count} instances running with the given roles' profiles (or none). */
  static void addMix(AccountContext ctx, int count, List<AccountModel.Role> ec2Roles) {
    for (int i = 0; i < count; i++) {
      AccountModel.Profile profile = null;
      // The first instance of an account with EC2 roles always runs one (the CI runner, say).
      if (!ec2Roles.isEmpty() && (i == 0 || ctx.chance(75))) {
        profile = (i == 0 ? ec2Roles.get(0) : ctx.pick(ec2Roles)).profile();
      }
      add(
          ctx,
          profile,
          ctx.chance(35) ? "optional" : "required",
          ctx.pick(WORKLOADS) + "-" + String.format("%03d", i));
    }
  }

  static AccountModel.Instance add(
      AccountContext ctx, AccountModel.Profile profile, String httpTokens, String name) {
    String region = ctx.pick(OrgLayout.REGIONS);
    AccountModel.Instance instance =
        new AccountModel.Instance(
            "i-" + SynthIds.hex(ctx.rng, 17),
            region,
            region + (char) ('a' + ctx.rng.nextInt(3)),
            ctx.pick(TYPES),
            ctx.chance(85) ? "running" : "stopped",
            profile == null ? null : profile.arn(),
            profile == null ? null : profile.id(),
            httpTokens,
            "10." + ctx.rng.nextInt(256) + "." + ctx.rng.nextInt(256) + "." + ctx.rng.nextInt(256),
            SynthIds.createdAt(ctx.rng, ctx.seed),
            name,
            "r-" + SynthIds.hex(ctx.rng, 17));
    ctx.account.instances.add(instance);
    return instance;
  }
}
