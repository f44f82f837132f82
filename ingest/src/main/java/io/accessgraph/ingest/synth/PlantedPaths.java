package io.accessgraph.ingest.synth;

import static io.accessgraph.ingest.synth.AwsManagedPolicies.arn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The escalation paths planted in every audit account (one account in ten) and the answers an
 * analysis must give for them. Host and target sides name each other by fixed names, so either
 * account can be generated alone.
 *
 * <p>The audit account grants sts:AssumeRole to nobody but the planted instance roles, and only on
 * the named target roles, which is what makes the negatives hold.
 */
final class PlantedPaths {
  static final String P1_ROLE = "planted-p1-instance-role";
  static final String P2_USER = "planted-p2-self-escalator";
  static final String P3_ROLE = "planted-p3-vendor-no-external-id";
  static final String P4_ROLE = "planted-p4-unreachable";
  static final String P5_ROLE = "planted-p5-denied-role";
  static final String P5_DENY_POLICY = "planted-p5-deny-admin-assume";
  private static final String TAG = "synth:planted";

  private PlantedPaths() {}

  static String p1Admin(String hostAccount) {
    return "planted-p1-admin-for-" + hostAccount;
  }

  static String p5Admin(String hostAccount) {
    return "planted-p5-admin-for-" + hostAccount;
  }

  /** Adds the planted entities of a host account and returns their expected answers. */
  static List<ExpectedCheck> plantHost(AccountContext ctx) {
    String host = ctx.accountId();
    String target = OrgLayout.accountId(ctx.layout.plantTarget(ctx.account.index));
    String p1Admin = "arn:aws:iam::" + target + ":role/" + p1Admin(host);
    String p5Admin = "arn:aws:iam::" + target + ":role/" + p5Admin(host);
    List<ExpectedCheck> checks = new ArrayList<>();

    AccountModel.Role p1 =
        ctx.addRole(
            "/",
            P1_ROLE,
            "Batch worker that may assume an administrator role in another account",
            PlatformRoles.trustService("ec2.amazonaws.com"),
            List.of(assume("assume-partner-admin", p1Admin)),
            List.of(arn(AwsManagedPolicies.SSM_CORE)),
            null,
            Map.of(TAG, "P1"),
            true);
    AccountModel.Instance i1 = InstanceFactory.add(ctx, p1.profile(), "optional", "planted-p1");
    String i1Arn = instanceArn(host, i1);
    checks.add(
        ExpectedCheck.path(
            "P1-" + host,
            "instance-role-assumes-cross-account-admin",
            host,
            List.of(i1Arn, p1.arn(), p1Admin),
            List.of("RUNS_AS", "CAN_ASSUME"),
            List.of("ec2-instance-role", "sts-001"),
            "code on the instance holds its instance role, which may sts:AssumeRole an"
                + " administrator role in account "
                + target
                + " that trusts it"));

    String p2Arn = ctx.userArn("/", P2_USER);
    UserFactory.addPlanted(
        ctx,
        P2_USER,
        List.of(
            new AccountModel.Inline(
                "self-service",
                Doc.policy(
                    Doc.allow("iam:PutUserPolicy", "iam:GetUser", "iam:ListUserPolicies")
                        .on(p2Arn)
                        .build()))),
        Map.of(TAG, "P2"));
    checks.add(
        ExpectedCheck.path(
            "P2-" + host,
            "self-escalation-put-user-policy",
            host,
            List.of(p2Arn, p2Arn),
            List.of("CAN_ESCALATE"),
            List.of("iam-007"),
            "the user may iam:PutUserPolicy on itself and so grant itself anything"));

    String vendorRoot = "arn:aws:iam::" + ctx.layout.untrustedVendorAccount() + ":root";
    AccountModel.Role p3 =
        ctx.addRole(
            "/",
            P3_ROLE,
            "Third-party integration set up without an external id",
            Doc.policy(Doc.trust("AWS", vendorRoot, "sts:AssumeRole").build()),
            List.of(),
            List.of(arn(AwsManagedPolicies.SECURITY_AUDIT)),
            null,
            Map.of(TAG, "P3"),
            false);
    checks.add(
        ExpectedCheck.path(
            "P3-" + host,
            "third-party-trust-without-external-id",
            host,
            List.of(vendorRoot, p3.arn()),
            List.of("CAN_ASSUME"),
            List.of("trust-account-root"),
            "the role trusts the root of an account outside the organization with no"
                + " sts:ExternalId condition (confused deputy)"));

    AccountModel.Role p4 =
        ctx.addRole(
            "/",
            P4_ROLE,
            "Trusts its own account, but no principal there may assume it",
            Doc.policy(Doc.trust("AWS", ctx.rootArn(), "sts:AssumeRole").build()),
            List.of(),
            List.of(arn(AwsManagedPolicies.S3_READ_ONLY)),
            null,
            Map.of(TAG, "P4"),
            false);
    checks.add(
        ExpectedCheck.noEdge(
            "P4-" + host,
            "negative-own-account-trust-without-grant",
            host,
            "*",
            p4.arn(),
            "CAN_ASSUME",
            "the trust policy names the account root, which only delegates to the account's"
                + " identity policies, and none of them allows sts:AssumeRole on this role"));

    CustomerPolicies.add(
        ctx.account,
        ctx.rng,
        ctx.seed,
        P5_DENY_POLICY,
        Doc.policy(
            Doc.deny("sts:AssumeRole")
                .sid("NoAdminRoles")
                .on("arn:aws:iam::*:role/planted-p5-admin-*")
                .build()));
    AccountModel.Role p5 =
        ctx.addRole(
            "/",
            P5_ROLE,
            "Allowed to assume an administrator role, but denied by another policy",
            PlatformRoles.trustService("ec2.amazonaws.com"),
            List.of(assume("assume-partner-admin", p5Admin)),
            List.of(CustomerPolicies.arn(ctx.account, P5_DENY_POLICY)),
            null,
            Map.of(TAG, "P5"),
            true);
    InstanceFactory.add(ctx, p5.profile(), "required", "planted-p5");
    checks.add(
        ExpectedCheck.noEdge(
            "P5-" + host,
            "negative-explicit-deny",
            host,
            p5.arn(),
            p5Admin,
            "CAN_ASSUME",
            "an inline policy allows sts:AssumeRole on the administrator role, the attached "
                + P5_DENY_POLICY
                + " denies it, and an explicit deny wins"));
    return checks;
  }

  /** Adds the administrator roles in the target account that trust the host's roles. */
  static void plantTarget(AccountContext ctx, int host) {
    String hostId = OrgLayout.accountId(host);
    for (String[] pair :
        new String[][] {{p1Admin(hostId), P1_ROLE, "P1"}, {p5Admin(hostId), P5_ROLE, "P5"}}) {
      ctx.addRole(
          "/",
          pair[0],
          "Administrator role trusting a role of account " + hostId,
          Doc.policy(
              Doc.trust("AWS", "arn:aws:iam::" + hostId + ":role/" + pair[1], "sts:AssumeRole")
                  .build()),
          List.of(),
          List.of(arn(AwsManagedPolicies.ADMINISTRATOR)),
          null,
          Map.of(TAG, pair[2]),
          false);
    }
  }

  static String instanceArn(String accountId, AccountModel.Instance instance) {
    return "arn:aws:ec2:" + instance.region() + ":" + accountId + ":instance/" + instance.id();
  }

  private static AccountModel.Inline assume(String name, String roleArn) {
    return new AccountModel.Inline(
        name, Doc.policy(Doc.allow("sts:AssumeRole").on(roleArn).build()));
  }
}
