package io.accessgraph.ingest.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accessgraph.ingest.aws.fake.FakeAwsServer;
import io.accessgraph.ingest.aws.fake.FakeRequest;
import io.accessgraph.model.policy.PolicyDocumentParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real SDK clients against the protocol fake serving the org-e2e scenario. */
class OrganizationCollectorTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path out;
  private FakeAwsServer aws;

  @BeforeEach
  void start() {
    aws = FakeAwsServer.fromClasspath("aws/org-e2e");
  }

  @AfterEach
  void stop() {
    aws.close();
  }

  private CollectResult collect(String caller, CollectOptions.Builder options) {
    return new OrganizationCollector(FakeAwsServer.credentialsFor(caller))
        .collect(
            options.endpointUrl(aws.endpoint()).apiTimeout(Duration.ofSeconds(20)).build(),
            out,
            CollectProgress.none());
  }

  private JsonNode read(String file) throws IOException {
    return JSON.readTree(out.resolve(file).toFile());
  }

  private static Map<String, AccountResult> byId(CollectResult r) {
    return r.accounts().stream()
        .collect(Collectors.toMap(AccountResult::accountId, Function.identity()));
  }

  @Test
  void collectsTheOrganizationAndRecordsTheDeniedAccount() throws IOException {
    CollectResult result = collect("111111111111", CollectOptions.builder());

    Map<String, AccountResult> accounts = byId(result);
    assertThat(result.accounts())
        .extracting(AccountResult::accountId)
        .containsExactly("111111111111", "555555555555", "444444444444", "777777777777");
    assertThat(accounts.get("111111111111").status()).isEqualTo(AccountStatus.OK);
    assertThat(accounts.get("555555555555").status()).isEqualTo(AccountStatus.OK);
    assertThat(accounts.get("444444444444").status()).isEqualTo(AccountStatus.OK);
    AccountResult denied = accounts.get("777777777777");
    assertThat(denied.status()).isEqualTo(AccountStatus.FAILED);
    assertThat(denied.reason())
        .contains("arn:aws:iam::777777777777:role/OrganizationAccountAccessRole")
        .contains("AccessDenied");
    assertThat(denied.name()).isEqualTo("sandbox");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.summaryTable()).contains("777777777777").contains("FAILED");

    AccountResult dev = accounts.get("555555555555");
    assertThat(dev.counts().users()).isEqualTo(1);
    assertThat(dev.counts().roles()).isEqualTo(2); // one per IAM page
    assertThat(dev.counts().instances()).isEqualTo(2); // one per EC2 page
    assertThat(dev.counts().accessKeys()).isEqualTo(1);
    assertThat(accounts.get("444444444444").counts().resources()).isEqualTo(6);

    // the management account used its own credentials; members were assumed into
    List<FakeRequest> requests = aws.requests();
    assertThat(requests)
        .filteredOn(r -> r.action().equals("AssumeRole"))
        .extracting(r -> r.param("RoleArn"))
        .containsExactlyInAnyOrder(
            "arn:aws:iam::555555555555:role/OrganizationAccountAccessRole",
            "arn:aws:iam::444444444444:role/OrganizationAccountAccessRole",
            "arn:aws:iam::777777777777:role/OrganizationAccountAccessRole");
    assertThat(requests)
        .filteredOn(r -> r.action().equals("GetAccountAuthorizationDetails"))
        .extracting(FakeRequest::accessKeyId)
        .contains("AKIA111111111111FAKE", "ASIA555555555555TEMP", "ASIA444444444444TEMP");
    assertThat(requests).noneMatch(r -> r.account().equals("777777777777"));
    // IAM and Organizations are signed for their global region
    assertThat(requests)
        .filteredOn(r -> r.service().equals("iam") || r.service().equals("organizations"))
        .allMatch(r -> r.region().equals("us-east-1"));

    assertThat(out.resolve("777777777777-iam.json")).doesNotExist();
    JsonNode summary = read("_collect-summary.json");
    assertThat(summary.get("ExitCode").asInt()).isEqualTo(2);
    assertThat(summary.get("Accounts")).hasSize(4);
  }

  @Test
  void writesOrgJsonInTheOfflineShapeAcrossPages() throws IOException {
    collect("111111111111", CollectOptions.builder().regions(List.of("us-east-1")));

    JsonNode org = read("org.json");
    assertThat(org.at("/organization/Id").asText()).isEqualTo("o-e2e0example");
    assertThat(org.at("/organization/MasterAccountId").asText()).isEqualTo("111111111111");
    assertThat(org.at("/organization/FeatureSet").asText()).isEqualTo("ALL");
    assertThat(org.at("/roots/0/Id").asText()).isEqualTo("r-e2e0");
    assertThat(org.at("/organizationalUnits/0/ParentId").asText()).isEqualTo("r-e2e0");
    assertThat(org.get("accounts")).hasSize(4); // the OU's accounts came on two pages
    assertThat(org.get("accounts").findValuesAsText("ParentId"))
        .containsExactly("r-e2e0", "ou-e2e0-workload1", "ou-e2e0-workload1", "ou-e2e0-workload1");
    assertThat(org.at("/accounts/3/Status").asText()).isEqualTo("ACTIVE");
    JsonNode deny = org.at("/policies/1");
    assertThat(deny.at("/PolicySummary/Name").asText()).isEqualTo("DenyLeaveOrganization");
    assertThat(deny.at("/PolicySummary/AwsManaged").asBoolean()).isFalse();
    assertThat(deny.at("/Targets/0/TargetId").asText()).isEqualTo("ou-e2e0-workload1");
    assertThat(deny.at("/Targets/0/Type").asText()).isEqualTo("ORGANIZATIONAL_UNIT");
    assertThat(deny.get("Content").isTextual()).isTrue();
    assertThat(
            PolicyDocumentParser.parse(deny.get("Content").asText()).statements().get(0).actions())
        .containsExactly("organizations:LeaveOrganization");
  }

  @Test
  void writesIamFilesWithEveryPageAndDecodedPolicies() throws IOException {
    collect("111111111111", CollectOptions.builder().accounts(List.of("555555555555")));

    JsonNode iam = read("555555555555-iam.json");
    assertThat(iam.has("IsTruncated")).isFalse();
    assertThat(iam.get("UserDetailList").findValuesAsText("UserName"))
        .containsExactly("deployer-bot");
    assertThat(iam.get("RoleDetailList"))
        .extracting(role -> role.get("RoleName").asText())
        .containsExactly("OrganizationAccountAccessRole", "web-app-role");
    JsonNode webApp = iam.at("/RoleDetailList/1");
    JsonNode trust = webApp.get("AssumeRolePolicyDocument");
    assertThat(trust.isObject()).isTrue();
    assertThat(trust.at("/Statement/0/Principal/Service").asText()).isEqualTo("ec2.amazonaws.com");
    JsonNode inline = webApp.at("/RolePolicyList/0/PolicyDocument");
    assertThat(inline.at("/Statement/0/Resource").asText())
        .isEqualTo("arn:aws:iam::444444444444:role/deploy-role");
    assertThat(webApp.at("/InstanceProfileList/0/Arn").asText())
        .isEqualTo("arn:aws:iam::555555555555:instance-profile/web-app-profile");
    assertThat(webApp.at("/InstanceProfileList/0/Roles/0/AssumeRolePolicyDocument").isObject())
        .isTrue();
    assertThat(webApp.get("CreateDate").asText()).isEqualTo("2023-03-01T09:00:00+00:00");
    // a condition and a list survive the decoding intact: decoded once, not twice
    JsonNode botPolicy = iam.at("/UserDetailList/0/UserPolicyList/0/PolicyDocument");
    assertThat(botPolicy.at("/Statement/0/Action/1").asText()).isEqualTo("s3:PutObject");
    assertThat(botPolicy.at("/Statement/0/Condition/StringEquals/aws:RequestedRegion").asText())
        .isEqualTo("us-east-1");
    JsonNode version = iam.at("/Policies/0/PolicyVersionList/0/Document");
    assertThat(PolicyDocumentParser.parse(version).statements().get(0).actions())
        .containsExactly("*");

    JsonNode keys = read("555555555555-access-keys.json");
    assertThat(keys.get("AccountId").asText()).isEqualTo("555555555555");
    assertThat(keys.at("/AccessKeyMetadata/0/AccessKeyId").asText())
        .isEqualTo("AKIA5555DEPLOYBOT001");
    assertThat(keys.at("/AccessKeyMetadata/0/UserName").asText()).isEqualTo("deployer-bot");

    JsonNode report = read("555555555555-credential-report.json");
    assertThat(report.get("ReportFormat").asText()).isEqualTo("text/csv");
    String csv =
        new String(
            Base64.getDecoder().decode(report.get("Content").asText()), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("user,arn,").contains("arn:aws:iam::555555555555:user/deployer-bot");

    assertThat(
            read("555555555555-oidc-providers.json")
                .at("/OpenIDConnectProviderList/0/Arn")
                .asText())
        .endsWith(":oidc-provider/token.actions.githubusercontent.com");
    assertThat(read("555555555555-saml-providers.json").get("SAMLProviderList")).isEmpty();
  }

  @Test
  void writesEc2AndResourceFilesPerRegion() throws IOException {
    collect(
        "111111111111", CollectOptions.builder().accounts(List.of("555555555555", "444444444444")));

    JsonNode ec2 = read("555555555555-ec2-us-east-1.json");
    assertThat(ec2.get("Reservations")).hasSize(2);
    assertThat(ec2.findValuesAsText("InstanceId"))
        .containsExactly("i-0e2e000000000002", "i-0e2e000000000001");
    JsonNode web = ec2.at("/Reservations/1/Instances/0");
    assertThat(web.at("/IamInstanceProfile/Arn").asText())
        .isEqualTo("arn:aws:iam::555555555555:instance-profile/web-app-profile");
    assertThat(web.at("/MetadataOptions/HttpTokens").asText()).isEqualTo("optional");
    assertThat(web.at("/State/Name").asText()).isEqualTo("running");
    assertThat(web.at("/Placement/AvailabilityZone").asText()).isEqualTo("us-east-1a");
    assertThat(web.at("/PublicIpAddress").asText()).isEqualTo("54.198.10.20");
    assertThat(web.at("/LaunchTime").asText()).isEqualTo("2024-04-20T08:15:30+00:00");
    assertThat(web.at("/Tags/0/Value").asText()).isEqualTo("web-app-1");
    assertThat(ec2.at("/Reservations/0/OwnerId").asText()).isEqualTo("555555555555");
    assertThat(read("555555555555-ec2-eu-west-1.json").get("Reservations")).isEmpty();

    String deployRole = "arn:aws:iam::444444444444:role/deploy-role";
    assertThat(read("444444444444-lambda-us-east-1.json").at("/Functions/0/Role").asText())
        .isEqualTo(deployRole);
    assertThat(read("444444444444-cloudformation-us-east-1.json").at("/Stacks/0/RoleARN").asText())
        .isEqualTo(deployRole);
    assertThat(read("444444444444-codebuild-us-east-1.json").at("/projects/0/serviceRole").asText())
        .isEqualTo(deployRole);
    JsonNode ecs = read("444444444444-ecs-us-east-1.json");
    assertThat(ecs.at("/taskDefinitions/0/taskRoleArn").asText()).isEqualTo(deployRole);
    assertThat(ecs.get("services")).isEmpty();
    assertThat(read("444444444444-glue-us-east-1.json").at("/Jobs/0/Role").asText())
        .isEqualTo(deployRole);
    assertThat(
            read("444444444444-sagemaker-us-east-1.json")
                .at("/NotebookInstances/0/RoleArn")
                .asText())
        .isEqualTo(deployRole);
  }

  @Test
  void retriesThrottlingAndSucceeds() {
    aws.fail(
        "555555555555",
        "iam",
        null,
        "GetAccountAuthorizationDetails",
        1,
        "_errors/iam-Throttling.400.xml");

    CollectResult result =
        collect(
            "111111111111",
            CollectOptions.builder()
                .accounts(List.of("555555555555"))
                .services(java.util.Set.of("ec2")));

    assertThat(result.accounts().get(0).status()).isEqualTo(AccountStatus.OK);
    assertThat(result.exitCode()).isZero();
    assertThat(aws.requests())
        .filteredOn(r -> r.action().equals("GetAccountAuthorizationDetails"))
        .filteredOn(r -> r.param("Marker") == null)
        .hasSize(2);
    assertThat(out.resolve("555555555555-iam.json")).exists();
  }

  @Test
  void recordsAFailingRegionAndKeepsTheOthers() throws IOException {
    aws.fail("555555555555", "ec2", "eu-west-1", null, -1, "_errors/ec2-OptInRequired.401.xml");

    CollectResult result =
        collect("111111111111", CollectOptions.builder().accounts(List.of("555555555555")));

    AccountResult dev = result.accounts().get(0);
    assertThat(dev.status()).isEqualTo(AccountStatus.PARTIAL);
    assertThat(dev.reason()).contains("eu-west-1").contains("OptInRequired");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(out.resolve("555555555555-ec2-eu-west-1.json")).doesNotExist();
    assertThat(out.resolve("555555555555-lambda-eu-west-1.json")).doesNotExist();
    assertThat(read("555555555555-ec2-us-east-1.json").get("Reservations")).hasSize(2);
    assertThat(out.resolve("555555555555-lambda-us-east-1.json")).exists();
    assertThat(aws.requests())
        .noneMatch(r -> r.region().equals("eu-west-1") && !r.service().equals("ec2"));
  }

  @Test
  void recordsIamDeniedAsFailedWhenNothingElseWorks() {
    aws.fail("444444444444", "iam", null, null, -1, "_errors/iam-AccessDenied.403.xml");

    CollectResult result =
        collect(
            "111111111111",
            CollectOptions.builder()
                .accounts(List.of("444444444444"))
                .services(java.util.Set.of()));

    assertThat(result.accounts().get(0).status()).isEqualTo(AccountStatus.FAILED);
    assertThat(result.accounts().get(0).reason()).contains("AccessDenied");
    assertThat(result.exitCode()).isEqualTo(1);
  }

  @Test
  void fallsBackToTheCallingAccountWithoutOrganizationsAccess() {
    CollectResult result =
        collect("555555555555", CollectOptions.builder().regions(List.of("us-east-1")));

    assertThat(result.accounts())
        .extracting(AccountResult::accountId)
        .containsExactly("555555555555");
    assertThat(result.exitCode()).isZero();
    assertThat(out.resolve("org.json")).doesNotExist();
    assertThat(aws.requests()).noneMatch(r -> r.action().equals("AssumeRole"));
  }
}
