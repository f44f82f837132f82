package io.accessgraph.ingest.synth;

import static io.accessgraph.ingest.synth.AwsManagedPolicies.arn;

import java.util.ArrayList;
import java.util.List;

/**
 * IAM groups: job-function groups in order of how common they are (administrators only in
 * permissive accounts, and never the only group), then team groups once the functions run out.
 */
final class GroupFactory {
  private GroupFactory() {}

  /** Adds {@code count} groups and returns their names. */
  static List<String> add(AccountContext ctx, int count) {
    List<String[]> catalog = catalog(ctx);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name;
      List<String> attached = new ArrayList<>();
      if (i < catalog.size()) {
        String[] entry = catalog.get(i);
        name = entry[0];
        for (int p = 1; p < entry.length; p++) {
          attached.add(entry[p]);
        }
      } else {
        name = "team-" + ServiceRoles.TEAMS[i % ServiceRoles.TEAMS.length] + "-" + i;
        attached.add(CustomerPolicies.arn(ctx.account, CustomerPolicies.APP_DATA));
        attached.add(CustomerPolicies.arn(ctx.account, CustomerPolicies.REQUIRE_MFA));
      }
      List<AccountModel.Inline> inline =
          ctx.chance(20)
              ? List.of(
                  new AccountModel.Inline(
                      "regions-guardrail",
                      Doc.policy(
                          Doc.denyNot("iam:*", "sts:*", "support:*")
                              .on("*")
                              .when("StringNotEquals", "aws:RequestedRegion", OrgLayout.REGIONS)
                              .build())))
              : List.of();
      String path = "/";
      ctx.account.groups.add(
          new AccountModel.Group(
              path,
              name,
              SynthIds.iamId(ctx.rng, "AGPA"),
              "arn:aws:iam::" + ctx.accountId() + ":group" + path + name,
              SynthIds.createdAt(ctx.rng, ctx.seed),
              inline,
              attached));
      names.add(name);
    }
    return names;
  }

  private static List<String[]> catalog(AccountContext ctx) {
    String mfa = CustomerPolicies.arn(ctx.account, CustomerPolicies.REQUIRE_MFA);
    List<String[]> out = new ArrayList<>();
    if (ctx.kind.permissive()) {
      out.add(
          new String[] {
            "developers", CustomerPolicies.arn(ctx.account, CustomerPolicies.DEVELOPER_POWER), mfa
          });
    }
    out.add(new String[] {"readonly", arn(AwsManagedPolicies.READ_ONLY)});
    if (ctx.kind.permissive()) {
      out.add(new String[] {"admins", arn(AwsManagedPolicies.ADMINISTRATOR), mfa});
    }
    out.add(
        new String[] {
          "operators",
          CustomerPolicies.arn(ctx.account, CustomerPolicies.EC2_OPERATIONS),
          arn(AwsManagedPolicies.LOGS_FULL)
        });
    out.add(new String[] {"security-auditors", arn(AwsManagedPolicies.SECURITY_AUDIT)});
    if (ctx.kind.permissive()) {
      out.add(
          new String[] {
            "data-engineers",
            arn(AwsManagedPolicies.S3_FULL),
            CustomerPolicies.arn(ctx.account, CustomerPolicies.APP_TABLES)
          });
      out.add(new String[] {"iam-admins", arn(AwsManagedPolicies.IAM_FULL), mfa});
    }
    out.add(new String[] {"billing", arn(AwsManagedPolicies.BILLING)});
    out.add(new String[] {"support", arn(AwsManagedPolicies.VIEW_ONLY)});
    return out;
  }
}
