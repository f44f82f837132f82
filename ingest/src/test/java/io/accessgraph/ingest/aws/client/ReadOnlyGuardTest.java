package io.accessgraph.ingest.aws.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accessgraph.ingest.aws.fake.FakeAwsServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

class ReadOnlyGuardTest {
  private FakeAwsServer aws;
  private AwsClientFactory clients;

  @BeforeEach
  void start() {
    aws = FakeAwsServer.fromClasspath("aws/org-e2e");
    clients = new AwsClientFactory(aws.endpoint(), Duration.ofSeconds(10), 4);
  }

  @AfterEach
  void stop() {
    clients.close();
    aws.close();
  }

  @ParameterizedTest
  @CsvSource({
    "ListUsers,true",
    "GetAccountAuthorizationDetails,true",
    "DescribeInstances,true",
    "BatchGetProjects,true",
    "GenerateCredentialReport,true",
    "AssumeRole,true",
    "GetCallerIdentity,true",
    "CreateUser,false",
    "DeleteRole,false",
    "PutRolePolicy,false",
    "TerminateInstances,false",
    "UpdateAssumeRolePolicy,false",
    "AssumeRoleWithWebIdentity,false",
    "Listen,false",
    "Getaway,false",
    "GenerateServiceLastAccessedDetails,false",
  })
  void allowsOnlyReads(String operation, boolean allowed) {
    assertThat(ReadOnlyInterceptor.isReadOnly(operation)).isEqualTo(allowed);
  }

  @Test
  void refusesAMutatingCallBeforeItIsSent() {
    try (IamClient iam =
        clients.client(
            IamClient.builder(), Region.US_EAST_1, FakeAwsServer.credentialsFor("111111111111"))) {
      assertThatThrownBy(() -> iam.createUser(r -> r.userName("mallory")))
          .isInstanceOf(ReadOnlyViolationException.class)
          .hasMessageContaining("CreateUser");
    }
    try (Ec2Client ec2 =
        clients.client(
            Ec2Client.builder(), Region.EU_WEST_1, FakeAwsServer.credentialsFor("111111111111"))) {
      assertThatThrownBy(() -> ec2.terminateInstances(r -> r.instanceIds("i-0e2e000000000001")))
          .isInstanceOf(ReadOnlyViolationException.class);
    }
    try (OrganizationsClient orgs =
        clients.client(
            OrganizationsClient.builder(),
            Region.US_EAST_1,
            FakeAwsServer.credentialsFor("555555555555"))) {
      assertThatThrownBy(() -> orgs.leaveOrganization(r -> {}))
          .isInstanceOf(ReadOnlyViolationException.class);
    }
    assertThat(aws.requests()).isEmpty();
  }

  @Test
  void letsReadsThroughToTheEndpoint() {
    try (IamClient iam =
        clients.client(
            IamClient.builder(), Region.US_EAST_1, FakeAwsServer.credentialsFor("555555555555"))) {
      assertThat(iam.listOpenIDConnectProviders().openIDConnectProviderList()).hasSize(1);
    }
    assertThat(aws.requests()).hasSize(1);
    assertThat(aws.requests().get(0).action()).isEqualTo("ListOpenIDConnectProviders");
  }

  @Test
  void signsGlobalServicesInThePartitionsHomeRegion() {
    assertThat(AwsClientFactory.globalSigningRegion(Region.EU_CENTRAL_1))
        .isEqualTo(Region.US_EAST_1);
    assertThat(AwsClientFactory.globalSigningRegion(Region.CN_NORTHWEST_1))
        .isEqualTo(Region.CN_NORTH_1);
    assertThat(AwsClientFactory.globalSigningRegion(Region.US_GOV_EAST_1))
        .isEqualTo(Region.US_GOV_WEST_1);
  }
}
