package io.accessgraph.api.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputKeysTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "arn:aws:iam::111111111111:role/x",
        "arn:aws:ec2:us-east-1:111111111111:instance/i-1",
        "arn:aws:iam::111111111111:root"
      })
  void arnsAreArns(String input) {
    assertThat(InputKeys.classify("from", input)).isEqualTo(InputKeys.Kind.ARN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"i-0d3v0000000000001", "i-0123456789abcdef0", "  i-1  "})
  void instanceIds(String input) {
    assertThat(InputKeys.classify("from", input)).isEqualTo(InputKeys.Kind.INSTANCE_ID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"AKIADUQ2AYZMLEF5QJEW", "ASIAXXXXXXXXXXXXXXXX"})
  void accessKeyIds(String input) {
    assertThat(InputKeys.classify("from", input)).isEqualTo(InputKeys.Kind.ACCESS_KEY_ID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"arn:aws:sts::111111111111:assumed-role/admin/alice@example.com"})
  void sessionArns(String input) {
    assertThat(InputKeys.classify("from", input)).isEqualTo(InputKeys.Kind.SESSION_ARN);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "' OR 1=1 //",
        "\"}) MATCH (n) DETACH DELETE n //",
        "arn:aws",
        "arn::iam::1:role/x",
        "arn:aws:iam::1:",
        "arn:aws:iam::1:role/a b",
        "i-",
        "i-abc/def",
        "akiadUQ2AYZMLEF5QJEW",
        "123456789012",
        "role/admin"
      })
  void anythingElseIsMalformedAndSaysWhatWasExpected(String input) {
    assertThatThrownBy(() -> InputKeys.classify("from", input))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("from: '")
        .hasMessageContaining("is not an ARN (arn:aws:iam::123456789012:role/NAME)")
        .hasMessageContaining("EC2 instance id")
        .hasMessageContaining("access key id");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void blankIsMissing(String input) {
    assertThatThrownBy(() -> InputKeys.classify("to", input))
        .isInstanceOf(MalformedInputException.class)
        .hasMessage("to is required");
  }

  @org.junit.jupiter.api.Test
  void hugeInputHitsTheLengthLimit() {
    String huge = "arn:aws:iam::111111111111:role/" + "x".repeat(5_000);

    assertThatThrownBy(() -> InputKeys.classify("from", huge))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("longer than 2048");
  }

  @org.junit.jupiter.api.Test
  void accountAndOuFiltersAreCheckedToo() {
    assertThat(InputKeys.accountId("account", null)).isNull();
    assertThat(InputKeys.accountId("account", "444444444444")).isEqualTo("444444444444");
    assertThat(InputKeys.orgUnitId("ou", "ou-acme-prod")).isEqualTo("ou-acme-prod");
    assertThatThrownBy(() -> InputKeys.accountId("account", "4444' OR 1=1"))
        .hasMessageContaining("is not an AWS account id (12 digits)");
    assertThatThrownBy(() -> InputKeys.orgUnitId("ou", "x' OR 1=1"))
        .hasMessageContaining("is not an organizational unit id");
    assertThatThrownBy(() -> InputKeys.action("s3 GetObject"))
        .hasMessageContaining("is not an IAM action");
    assertThatThrownBy(() -> InputKeys.resource("bucket"))
        .hasMessageContaining("is not an ARN (arn:aws:s3:::bucket/key) or *");
  }
}
