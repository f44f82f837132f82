package io.accessgraph.ingest.synth;

import static io.accessgraph.ingest.synth.AwsManagedPolicies.arn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * IAM users: people (in groups, some with a permission boundary, few with access keys) and machine
 * users (policies attached directly, always an access key, sometimes a retired second).
 */
final class UserFactory {
  private static final String[] FIRST = {
    "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy",
    "mallory", "niaj", "olivia", "peggy", "rupert", "sybil", "trent", "uma", "victor", "wendy"
  };
  private static final String[] LAST = {
    "nguyen", "smith", "garcia", "muller", "rossi", "kowalski", "tanaka", "silva", "okafor",
    "larsen", "dubois", "novak", "haddad", "kim", "fischer", "moreau", "ivanova", "costa"
  };

  private UserFactory() {}

  static void addPeople(AccountContext ctx, int count, List<String> groups) {
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < count; i++) {
      String base = ctx.pick(FIRST) + "." + ctx.pick(LAST);
      String name = base;
      for (int k = 2; !taken.add(name); k++) {
        name = base + k;
      }
      List<String> memberOf = new ArrayList<>();
      memberOf.add(ctx.pick(groups));
      if (ctx.chance(30)) {
        String second = ctx.pick(groups);
        if (!memberOf.contains(second)) {
          memberOf.add(second);
        }
      }
      List<String> attached = new ArrayList<>();
      if (ctx.chance(70)) {
        attached.add(CustomerPolicies.arn(ctx.account, CustomerPolicies.SELF_MANAGE));
      }
      if (ctx.kind.permissive() && ctx.chance(15)) {
        attached.add(CustomerPolicies.arn(ctx.account, CustomerPolicies.ASSUME_BREAK_GLASS));
      }
      String boundary =
          ctx.chance(30)
              ? CustomerPolicies.arn(ctx.account, CustomerPolicies.DEVELOPER_BOUNDARY)
              : null;
      Map<String, String> tags = Map.of("team", ctx.pick(ServiceRoles.TEAMS), "kind", "person");
      add(ctx, "/people/", name, memberOf, List.of(), attached, boundary, tags, ctx.chance(10));
    }
  }

  static void addMachines(AccountContext ctx, int count) {
    List<String> options =
        List.of(
            CustomerPolicies.arn(ctx.account, CustomerPolicies.APP_DATA),
            CustomerPolicies.arn(ctx.account, CustomerPolicies.APP_TABLES),
            CustomerPolicies.arn(ctx.account, CustomerPolicies.SECRETS_READ),
            CustomerPolicies.arn(ctx.account, CustomerPolicies.LOGS_WRITE),
            arn(AwsManagedPolicies.S3_READ_ONLY));
    for (int i = 0; i < count; i++) {
      String team = ctx.pick(ServiceRoles.TEAMS);
      List<String> attached = new ArrayList<>();
      String name;
      if (i == 0 && ctx.kind == AccountKind.SHARED_SERVICES) {
        name = "svc-terraform";
        attached.add(CustomerPolicies.arn(ctx.account, CustomerPolicies.ASSUME_PIPELINE));
      } else {
        name = String.format("svc-%s-%03d", team, i);
        attached.add(ctx.pick(options));
      }
      if (ctx.chance(10)) {
        attached.add(CustomerPolicies.arn(ctx.account, CustomerPolicies.DENY_IAM_WRITE));
      }
      Map<String, String> tags = Map.of("team", team, "kind", "machine");
      add(ctx, "/machine/", name, List.of(), List.of(), attached, null, tags, true);
    }
  }

  /** A planted user: path "/", no groups, only the given inline policies. */
  static void addPlanted(
      AccountContext ctx, String name, List<AccountModel.Inline> inline, Map<String, String> tags) {
    add(ctx, "/", name, List.of(), inline, List.of(), null, tags, false);
  }

  private static void add(
      AccountContext ctx,
      String path,
      String name,
      List<String> groups,
      List<AccountModel.Inline> inline,
      List<String> attached,
      String boundary,
      Map<String, String> tags,
      boolean withKey) {
    long created = SynthIds.createdAt(ctx.rng, ctx.seed);
    List<AccountModel.AccessKey> keys = new ArrayList<>();
    if (withKey) {
      keys.add(
          new AccountModel.AccessKey(
              name, SynthIds.accessKeyId(ctx.rng), "Active", SynthIds.later(ctx.rng, created)));
      if (ctx.chance(30)) {
        keys.add(
            new AccountModel.AccessKey(
                name, SynthIds.accessKeyId(ctx.rng), "Inactive", SynthIds.later(ctx.rng, created)));
      }
    }
    ctx.account.users.add(
        new AccountModel.User(
            path,
            name,
            SynthIds.iamId(ctx.rng, "AIDA"),
            ctx.userArn(path, name),
            created,
            List.copyOf(groups),
            List.copyOf(inline),
            List.copyOf(attached),
            boundary,
            new TreeMap<>(tags),
            keys));
  }
}
