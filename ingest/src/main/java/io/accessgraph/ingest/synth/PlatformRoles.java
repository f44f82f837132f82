package io.accessgraph.ingest.synth;

import static io.accessgraph.ingest.synth.AwsManagedPolicies.arn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The roles every landing zone has: IAM Identity Center (SSO) roles, the organization access role,
 * CI and deploy roles trusted from the shared-services account, third-party integrations with an
 * external id, and a break-glass role.
 */
final class PlatformRoles {
  static final String SSO_PATH = "/aws-reserved/sso.amazonaws.com/";
  static final String CI_RUNNER = "ci-runner";
  static final String DEPLOY = "synth-deploy";
  static final String READ_ONLY = "synth-readonly";
  static final String BREAK_GLASS = "break-glass-admin";

  private static final List<String> PERMISSIVE_SETS =
      List.of(
          AwsManagedPolicies.ADMINISTRATOR,
          AwsManagedPolicies.READ_ONLY,
          AwsManagedPolicies.POWER_USER,
          AwsManagedPolicies.SECURITY_AUDIT,
          AwsManagedPolicies.VIEW_ONLY,
          AwsManagedPolicies.BILLING);
  private static final List<String> LOCKED_DOWN_SETS =
      List.of(
          AwsManagedPolicies.READ_ONLY,
          AwsManagedPolicies.SECURITY_AUDIT,
          AwsManagedPolicies.VIEW_ONLY,
          AwsManagedPolicies.BILLING);
  private static final String[] VENDORS = {"monitoring", "cost-insights", "siem", "backup"};

  private PlatformRoles() {}

  /** Adds the platform roles of the account; {@code roles} is its share of principals. */
  static void add(AccountContext ctx, int roles) {
    AccountKind kind = ctx.kind;
    if (kind != AccountKind.MANAGEMENT && kind.permissive()) {
      ctx.addRole(
          "/",
          "OrganizationAccountAccessRole",
          "Created by AWS Organizations for the management account",
          Doc.policy(
              Doc.trust(
                      "AWS",
                      "arn:aws:iam::" + ctx.layout.managementAccountId() + ":root",
                      "sts:AssumeRole")
                  .build()),
          List.of(),
          List.of(arn(AwsManagedPolicies.ADMINISTRATOR)),
          null,
          Map.of(),
          false);
    }
    sso(ctx, Math.max(1, Math.min(roles / 10, 6)));
    if (kind == AccountKind.SHARED_SERVICES) {
      ctx.addRole(
          "/",
          CI_RUNNER,
          "Build runners; deploys into every account",
          trustService("ec2.amazonaws.com"),
          List.of(),
          List.of(
              CustomerPolicies.arn(ctx.account, CustomerPolicies.ASSUME_PIPELINE),
              CustomerPolicies.arn(ctx.account, CustomerPolicies.LOGS_WRITE),
              arn(AwsManagedPolicies.SSM_CORE)),
          null,
          Map.of("team", "platform"),
          true);
    } else if (kind != AccountKind.MANAGEMENT) {
      pipeline(ctx);
    }
    for (int v = 0; v < 1 + roles / 200; v++) {
      vendor(ctx, v);
    }
    if (kind.permissive()) {
      ctx.addRole(
          "/",
          BREAK_GLASS,
          "Emergency administrator; MFA required",
          Doc.policy(
              Doc.trust("AWS", ctx.rootArn(), "sts:AssumeRole")
                  .when("Bool", "aws:MultiFactorAuthPresent", "true")
                  .build()),
          List.of(),
          List.of(arn(AwsManagedPolicies.ADMINISTRATOR)),
          null,
          Map.of(),
          false);
    }
  }

  static ObjectNode trustService(String service) {
    return Doc.policy(Doc.trust("Service", service, "sts:AssumeRole").build());
  }

  /** The SAML provider IAM Identity Center creates; its suffix is the same in every account. */
  static String samlProviderArn(AccountContext ctx) {
    SplittableRandom rng = new SplittableRandom(Seeds.mix(ctx.seed, -4));
    return "arn:aws:iam::"
        + ctx.accountId()
        + ":saml-provider/AWSSSO_"
        + SynthIds.hex(rng, 16)
        + "_DO_NOT_DELETE";
  }

  private static void sso(AccountContext ctx, int count) {
    String provider = samlProviderArn(ctx);
    ctx.account.samlProviderArn = provider;
    ctx.account.samlProviderCreated = SynthIds.createdAt(ctx.rng, ctx.seed);
    List<String> sets = ctx.kind.permissive() ? PERMISSIVE_SETS : LOCKED_DOWN_SETS;
    for (int i = 0; i < Math.min(count, sets.size()); i++) {
      String set = sets.get(i);
      ctx.addRole(
          SSO_PATH,
          "AWSReservedSSO_" + set + "_" + SynthIds.hex(ctx.rng, 16),
          null,
          Doc.policy(
              Doc.trust("Federated", provider, "sts:AssumeRoleWithSAML", "sts:TagSession")
                  .when("StringEquals", "SAML:aud", "https://signin.aws.amazon.com/saml")
                  .build()),
          List.of(),
          List.of(arn(set)),
          null,
          Map.of(),
          false);
    }
  }

  private static void pipeline(AccountContext ctx) {
    String shared = ctx.layout.sharedServicesAccountId();
    List<String> deployPolicies =
        ctx.kind.permissive()
            ? List.of(
                arn(AwsManagedPolicies.POWER_USER),
                CustomerPolicies.arn(ctx.account, CustomerPolicies.DEPLOY))
            : List.of(arn(AwsManagedPolicies.READ_ONLY));
    ctx.addRole(
        "/",
        DEPLOY,
        "Assumed by the CI runners of the shared-services account",
        Doc.policy(
            Doc.trust("AWS", "arn:aws:iam::" + shared + ":role/" + CI_RUNNER, "sts:AssumeRole")
                .build()),
        List.of(),
        deployPolicies,
        null,
        Map.of("team", "platform"),
        false);
    ctx.addRole(
        "/",
        READ_ONLY,
        "Read-only access for CI roles of the shared-services account",
        Doc.policy(
            Doc.trust("AWS", "arn:aws:iam::" + shared + ":root", "sts:AssumeRole")
                .when("ArnLike", "aws:PrincipalArn", "arn:aws:iam::" + shared + ":role/ci-*")
                .build()),
        List.of(),
        List.of(arn(AwsManagedPolicies.READ_ONLY)),
        null,
        Map.of("team", "platform"),
        false);
  }

  private static void vendor(AccountContext ctx, int n) {
    List<String> vendors = ctx.layout.vendorAccounts();
    String vendorAccount = vendors.get(n % vendors.size());
    String name = "vendor-" + VENDORS[n % VENDORS.length] + "-integration";
    ctx.addRole(
        "/",
        n < VENDORS.length ? name : name + "-" + n,
        "Third-party integration; the vendor must present our external id",
        Doc.policy(
            Doc.trust("AWS", "arn:aws:iam::" + vendorAccount + ":root", "sts:AssumeRole")
                .when("StringEquals", "sts:ExternalId", SynthIds.hex(ctx.rng, 24))
                .build()),
        List.of(),
        List.of(arn(AwsManagedPolicies.SECURITY_AUDIT)),
        null,
        Map.of("vendor", VENDORS[n % VENDORS.length]),
        false);
  }
}
