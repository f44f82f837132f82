package io.accessgraph.store;

import io.accessgraph.model.ec2.Ec2Instance;
import io.accessgraph.model.iam.AccessKey;
import io.accessgraph.model.iam.Group;
import io.accessgraph.model.iam.IdentityProvider;
import io.accessgraph.model.iam.InlinePolicy;
import io.accessgraph.model.iam.InstanceProfile;
import io.accessgraph.model.iam.ManagedPolicy;
import io.accessgraph.model.iam.PolicyVersion;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.org.OrgAccount;
import io.accessgraph.model.org.OrgPolicy;
import io.accessgraph.model.org.OrgRoot;
import io.accessgraph.model.org.OrgUnit;
import io.accessgraph.model.org.Organization;
import io.accessgraph.model.policy.PolicyDocument;
import io.accessgraph.model.policy.PolicyDocumentParser;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.IngestProblem;
import io.accessgraph.model.snapshot.ServiceResource;
import io.accessgraph.model.snapshot.Snapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small organization with every kind of entity and trust principal the store keeps. */
final class Fixtures {
  static final String PROD = "111111111111";
  static final String DEV = "222222222222";
  static final String SECURITY = "333333333333";
  static final String THIRD_PARTY = "999999999999";
  static final String ADMIN_ACCESS = "arn:aws:iam::aws:policy/AdministratorAccess";
  static final String READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";

  /** Strings that would break string-built Cypher; they must be stored verbatim. */
  static final String INJECTION = "x'}) MATCH (n) DETACH DELETE n //\" \\ $rows `ü`";

  private Fixtures() {}

  static Snapshot snapshot() {
    return snapshot(prod(), dev(), security());
  }

  static Snapshot snapshot(AccountSnapshot... accounts) {
    Map<String, AccountSnapshot> byId = new LinkedHashMap<>();
    for (AccountSnapshot a : accounts) {
      byId.put(a.accountId(), a);
    }
    return new Snapshot(
        Optional.of(organization()), byId, List.of(new IngestProblem("f.json", null, "ignored")));
  }

  static Organization organization() {
    String org = "arn:aws:organizations::" + SECURITY + ":";
    return new Organization(
        "o-abc123",
        org + "organization/o-abc123",
        SECURITY,
        List.of(new OrgRoot("r-root", org + "root/o-abc123/r-root", "Root")),
        List.of(
            new OrgUnit("ou-prod", org + "ou/o-abc123/ou-prod", "Production", "r-root"),
            new OrgUnit("ou-dev", org + "ou/o-abc123/ou-dev", "Development", "r-root")),
        List.of(
            orgAccount(PROD, "prod", "ou-prod"),
            orgAccount(DEV, "dev", "ou-dev"),
            orgAccount(SECURITY, "security", "r-root")),
        List.of(
            new OrgPolicy(
                "p-full",
                org + "policy/o-abc123/service_control_policy/p-full",
                "FullAWSAccess",
                OrgPolicy.SCP,
                true,
                doc(
                    "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}}"),
                List.of("r-root")),
            new OrgPolicy(
                "p-deny",
                org + "policy/o-abc123/service_control_policy/p-deny",
                "DenyLeaveOrg",
                OrgPolicy.SCP,
                false,
                doc(
                    "{\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"organizations:LeaveOrganization\",\"Resource\":\"*\"}]}"),
                List.of("ou-prod", DEV)),
            new OrgPolicy(
                "p-rcp",
                org + "policy/o-abc123/resource_control_policy/p-rcp",
                "RequireTls",
                OrgPolicy.RCP,
                false,
                doc(
                    "{\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}]}"),
                List.of())));
  }

  private static OrgAccount orgAccount(String id, String name, String parent) {
    return new OrgAccount(
        id,
        "arn:aws:organizations::" + SECURITY + ":account/o-abc123/" + id,
        name,
        name + "@example.com",
        "ACTIVE",
        parent);
  }

  static AccountSnapshot prod() {
    String a = "arn:aws:iam::" + PROD + ":";
    PolicyDocument trust =
        doc(
            "{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Sid\":\"Cross\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"arn:aws:iam::"
                + DEV
                + ":role/ci-runner\",\""
                + THIRD_PARTY
                + "\",\"arn:aws:iam::"
                + PROD
                + ":user/alice\",\"arn:aws:sts::"
                + DEV
                + ":assumed-role/ci-runner/session1\",\"AROAEXAMPLEDELETED\"]},"
                + "\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\""
                + INJECTION.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\"}}},"
                + "{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"},"
                + "{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"arn:aws:iam::"
                + PROD
                + ":oidc-provider/token.actions.githubusercontent.com\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\","
                + "\"Condition\":{\"StringLike\":{\"token.actions.githubusercontent.com:sub\":[\"repo:acme/*\",\"repo:acme/infra:*\"]}}},"
                + "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sts:AssumeRole\"},"
                + "{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::"
                + PROD
                + ":root\"},\"Action\":\"sts:AssumeRole\"}]}");
    Role deploy =
        new Role(
            a + "role/deploy",
            "deploy",
            "AROAPROD1",
            "/",
            "2024-01-01T00:00:00Z",
            trust,
            List.of(new InlinePolicy("inline-admin", allowAll())),
            List.of(ADMIN_ACCESS),
            a + "policy/boundary",
            Map.of("team", INJECTION),
            List.of(),
            "2024-06-01T00:00:00Z");
    Role app =
        new Role(
            a + "role/app",
            "app",
            "AROAPROD2",
            "/service/",
            null,
            trustService("ec2.amazonaws.com"),
            List.of(),
            List.of(a + "policy/app-assume"),
            null,
            Map.of(),
            List.of(a + "instance-profile/app"),
            null);
    Role orphanTrust =
        new Role(
            a + "role/no-trust",
            "no-trust",
            "AROAPROD3",
            "/",
            null,
            null,
            List.of(),
            List.of(),
            null,
            Map.of(),
            List.of(),
            null);
    User alice =
        new User(
            a + "user/alice",
            "alice",
            "AIDAALICE",
            "/",
            "2023-01-01T00:00:00Z",
            List.of("admins", "ghost-group"),
            List.of(new InlinePolicy(INJECTION, allowAll())),
            List.of(READ_ONLY),
            a + "policy/boundary",
            Map.of("owner", "alice", "note", INJECTION),
            List.of(
                new AccessKey("AKIAALICE1", "Active", "2023-01-02T00:00:00Z", null),
                new AccessKey("AKIAALICE2", "Inactive", "2023-01-03T00:00:00Z", "2023-02-01")),
            true,
            null);
    User machine =
        new User(
            a + "user/" + INJECTION,
            INJECTION,
            "AIDAMACHINE",
            "/",
            null,
            List.of(),
            List.of(),
            List.of(),
            null,
            Map.of(),
            List.of(new AccessKey("AKIAMACHINE", "Active", null, null)),
            null,
            false);
    Group admins =
        new Group(
            a + "group/admins",
            "admins",
            "AGPAADMINS",
            "/",
            List.of(new InlinePolicy("group-inline", allowAll())),
            List.of(ADMIN_ACCESS));
    ManagedPolicy boundary =
        new ManagedPolicy(
            a + "policy/boundary",
            "boundary",
            "ANPABOUNDARY",
            "/",
            "v2",
            2,
            List.of(
                new PolicyVersion("v1", false, allowAll()),
                new PolicyVersion(
                    "v2",
                    true,
                    doc(
                        "{\"Statement\":[{\"Effect\":\"Allow\",\"NotAction\":[\"iam:*\"],\"NotResource\":\"arn:aws:s3:::secret/*\"}]}"))));
    ManagedPolicy appAssume =
        new ManagedPolicy(
            a + "policy/app-assume",
            "app-assume",
            "ANPAAPP",
            "/",
            "v1",
            1,
            List.of(
                new PolicyVersion(
                    "v1",
                    true,
                    doc(
                        "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Resource\":\"arn:aws:iam::"
                            + DEV
                            + ":role/*\"}}"))));
    return new AccountSnapshot(
        PROD,
        List.of(alice, machine),
        List.of(admins),
        List.of(deploy, app, orphanTrust),
        List.of(boundary, appAssume, awsManaged(ADMIN_ACCESS), awsManaged(READ_ONLY)),
        List.of(
            new InstanceProfile(
                a + "instance-profile/app", "app", "AIPAAPP", "/", List.of(a + "role/app"))),
        List.of(
            instance("i-0app", PROD, a + "instance-profile/app", "optional", "54.1.2.3"),
            instance("i-0bare", PROD, null, "required", null)),
        List.of(
            new IdentityProvider(
                a + "oidc-provider/token.actions.githubusercontent.com",
                "OIDC",
                "https://token.actions.githubusercontent.com",
                List.of("sts.amazonaws.com")),
            new IdentityProvider(a + "saml-provider/okta", "SAML", null, List.of())),
        List.of(
            new ServiceResource(
                "arn:aws:lambda:eu-west-1:" + PROD + ":function:worker",
                "lambda:function",
                "worker",
                "eu-west-1",
                a + "role/app",
                Map.of("runtime", "java17")),
            // deployed with the caller's credentials: no role, no attributes
            new ServiceResource(
                "arn:aws:cloudformation:us-east-1:" + PROD + ":stack/bootstrap/0e2e0001",
                "cloudformation:stack",
                "bootstrap",
                "us-east-1",
                null,
                Map.of()),
            new ServiceResource(
                "arn:aws:glue:eu-west-1:" + PROD + ":job/nightly-etl",
                "glue:job",
                "nightly-etl",
                "eu-west-1",
                a + "role/deploy",
                Map.of("command", "glueetl", "glueVersion", "4.0"))));
  }

  static AccountSnapshot dev() {
    String a = "arn:aws:iam::" + DEV + ":";
    Role ci =
        new Role(
            a + "role/ci-runner",
            "ci-runner",
            "AROADEV1",
            "/",
            null,
            trustService("ec2.amazonaws.com"),
            List.of(),
            List.of(ADMIN_ACCESS),
            null,
            Map.of(),
            List.of(),
            null);
    Role fromProd =
        new Role(
            a + "role/from-prod",
            "from-prod",
            "AROADEV2",
            "/",
            null,
            doc(
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"arn:aws:iam::"
                    + PROD
                    + ":role/deploy\",\"arn:aws:iam::"
                    + PROD
                    + ":root\"]},\"Action\":\"sts:AssumeRole\"}]}"),
            List.of(),
            List.of(),
            null,
            Map.of(),
            List.of(),
            null);
    return new AccountSnapshot(
        DEV,
        List.of(),
        List.of(),
        List.of(ci, fromProd),
        List.of(awsManaged(ADMIN_ACCESS)),
        List.of(),
        List.of(instance("i-0dev", DEV, null, "optional", null)),
        List.of(),
        List.of());
  }

  static AccountSnapshot security() {
    return new AccountSnapshot(
        SECURITY, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of());
  }

  static Ec2Instance instance(
      String id, String account, String profile, String httpTokens, String publicIp) {
    return new Ec2Instance(
        id,
        account,
        "eu-west-1",
        "eu-west-1a",
        "running",
        profile,
        httpTokens,
        "enabled",
        publicIp,
        "10.0.0.1",
        "2024-05-01T00:00:00Z",
        Map.of("Name", id + "-name"));
  }

  static ManagedPolicy awsManaged(String arn) {
    return new ManagedPolicy(
        arn,
        arn.substring(arn.lastIndexOf('/') + 1),
        "ANPA" + arn.hashCode(),
        "/",
        "v1",
        5,
        List.of(new PolicyVersion("v1", true, allowAll())));
  }

  static PolicyDocument allowAll() {
    return doc(
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}");
  }

  static PolicyDocument trustService(String service) {
    return doc(
        "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\""
            + service
            + "\"},\"Action\":\"sts:AssumeRole\"}]}");
  }

  static PolicyDocument doc(String json) {
    return PolicyDocumentParser.parse(json);
  }
}
