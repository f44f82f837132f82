package io.accessgraph.ingest.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputDetectorTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode fixture(String path) throws Exception {
    return MAPPER.readTree(Fixtures.file(path).content());
  }

  private static JsonNode json(String text) throws Exception {
    return MAPPER.readTree(text);
  }

  @ParameterizedTest
  @CsvSource({
    "cli/app/authorization-details.json, AUTHORIZATION_DETAILS",
    "cli/deploy/iam.json, AUTHORIZATION_DETAILS",
    "cli/app/ec2-us-east-1.json, EC2_INSTANCES",
    "cli/org.json, ORGANIZATION",
    "cli/app/access-keys-ci-bot.json, ACCESS_KEYS",
    "cli/app/credential-report.json, CREDENTIAL_REPORT",
    "cli/app/oidc.json, OIDC_PROVIDERS",
    "cli/app/saml.json, SAML_PROVIDERS"
  })
  void recognisesEachCliOutputByItsKeys(String path, InputKind expected) throws Exception {
    assertThat(InputDetector.detect(fixture(path))).contains(expected);
  }

  @Test
  void iamListPoliciesIsNotMistakenForAuthorizationDetails() throws Exception {
    JsonNode listPolicies =
        json(
            """
            {"Policies": [{"PolicyName": "p", "Arn": "arn:aws:iam::111111111111:policy/p",
              "DefaultVersionId": "v1", "AttachmentCount": 0}]}
            """);
    assertThat(InputDetector.detect(listPolicies)).isEmpty();
  }

  @Test
  void policiesWithDocumentsAloneAreAuthorizationDetails() throws Exception {
    JsonNode policiesOnly =
        json(
            """
            {"Policies": [{"PolicyName": "p", "Arn": "arn:aws:iam::111111111111:policy/p",
              "PolicyVersionList": []}]}
            """);
    assertThat(InputDetector.detect(policiesOnly)).contains(InputKind.AUTHORIZATION_DETAILS);
  }

  @Test
  void anArrayOfListAccessKeysOutputsIsAccessKeys() throws Exception {
    assertThat(InputDetector.detect(json("[{\"AccessKeyMetadata\": []}]")))
        .contains(InputKind.ACCESS_KEYS);
    assertThat(InputDetector.detect(json("[{\"AccessKeyMetadata\": []}, {\"Other\": 1}]")))
        .isEmpty();
    assertThat(InputDetector.detect(json("[]"))).isEmpty();
  }

  @Test
  void scalarsAndUnknownObjectsAreUnrecognised() throws Exception {
    assertThat(InputDetector.detect(json("42"))).isEmpty();
    assertThat(InputDetector.detect(fixture("bad/unrecognised.json"))).isEmpty();
  }

  @Test
  void unrecognisedMessageListsWhatIsExpected() throws Exception {
    String message = InputDetector.unrecognised(fixture("bad/unrecognised.json"));
    assertThat(message)
        .startsWith("unrecognised file (expected one of: ")
        .contains("aws iam get-account-authorization-details")
        .contains("aws ec2 describe-instances")
        .contains("org.json");
  }

  @Test
  void unrecognisedMessageExplainsKnownNearMisses() throws Exception {
    assertThat(
            InputDetector.unrecognised(
                json("{\"UserName\": \"u\", \"AccessKeyLastUsed\": {\"Region\": \"N/A\"}}")))
        .contains("get-access-key-last-used");
    assertThat(InputDetector.unrecognised(json("{\"Organization\": {\"Id\": \"o-1\"}}")))
        .contains("describe-organization");
  }

  @Test
  void fileNamesPlayNoPart() {
    InputFile authDetailsNamedLikeOrg =
        new InputFile("org.json", Fixtures.file("cli/deploy/iam.json").content());
    InputFile orgNamedOddly =
        new InputFile("notes/whatever.txt", Fixtures.file("cli/org.json").content());

    var snapshot = Fixtures.read(authDetailsNamedLikeOrg, orgNamedOddly);

    assertThat(snapshot.accounts()).containsOnlyKeys(Fixtures.DEPLOY);
    assertThat(snapshot.organization()).isPresent();
    assertThat(snapshot.problems()).isEmpty();
  }
}
