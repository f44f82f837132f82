package io.accessgraph.ingest.aws.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.iam.model.RoleDetail;

class SdkJsonTest {
  private static final String ENCODED =
      "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22"
          + "%2C%22Action%22%3A%22s3%3AGetObject%22%2C%22Resource%22%3A%22arn%3Aaws%3As3%3A%3A%3A"
          + "a%2Bb%20c%2F%2A%22%7D%5D%7D";

  @Test
  void usesTheCliMemberNamesNotTheWireNames() {
    DescribeInstancesResponse response =
        DescribeInstancesResponse.builder()
            .reservations(
                Reservation.builder()
                    .ownerId("555555555555")
                    .instances(Instance.builder().instanceId("i-1").build())
                    .build())
            .build();

    ObjectNode json = SdkJson.plain().object(response);

    assertThat(json.has("Reservations")).isTrue();
    assertThat(json.has("reservationSet")).isFalse();
    assertThat(json.at("/Reservations/0/Instances/0/InstanceId").asText()).isEqualTo("i-1");
    // members the service did not return are left out, as the CLI does
    assertThat(json.at("/Reservations/0").has("Groups")).isFalse();
    assertThat(json.has("NextToken")).isFalse();
  }

  @Test
  void writesTimestampsAsIsoWithOffset() {
    assertThat(SdkJson.timestamp(Instant.parse("2024-04-20T08:15:30Z")))
        .isEqualTo("2024-04-20T08:15:30+00:00");
    assertThat(SdkJson.timestamp(Instant.parse("2024-04-20T08:15:30.250Z")))
        .isEqualTo("2024-04-20T08:15:30.250+00:00");
  }

  @Test
  void decodesIamPolicyDocumentsOnceIntoObjects() {
    RoleDetail role = RoleDetail.builder().roleName("r").assumeRolePolicyDocument(ENCODED).build();

    JsonNode doc = SdkJson.iam().object(role).get("AssumeRolePolicyDocument");

    assertThat(doc.isObject()).isTrue();
    // %2B is a literal '+', %20 a space: percent escapes only, '+' is never a space
    assertThat(doc.at("/Statement/0/Resource").asText()).isEqualTo("arn:aws:s3:::a+b c/*");
    assertThat(SdkJson.plain().object(role).get("AssumeRolePolicyDocument").asText())
        .isEqualTo(ENCODED);
  }

  @Test
  void keepsADocumentThatIsNotJsonAsTextForTheReaderToReport() {
    RoleDetail role =
        RoleDetail.builder().roleName("r").assumeRolePolicyDocument("%7Bnot json").build();

    JsonNode doc = SdkJson.iam().object(role).get("AssumeRolePolicyDocument");

    assertThat(doc.isTextual()).isTrue();
    assertThat(doc.asText()).isEqualTo("%7Bnot json");
  }

  @Test
  void leavesPlainJsonDocumentsAsTheyAre() {
    assertThat(PolicyDocumentDecoder.decode("{\"Version\":\"2012-10-17\"}").get("Version").asText())
        .isEqualTo("2012-10-17");
    assertThat(PolicyDocumentDecoder.decode("%ZZ").asText()).isEqualTo("%ZZ");
  }
}
