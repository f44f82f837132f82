package io.accessgraph.store.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.store.schema.NodeLabel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrincipalRefTest {
  @ParameterizedTest
  @CsvSource({
    "AWS, 123456789012, ACCOUNT, arn:aws:iam::123456789012:root, 123456789012",
    "AWS, arn:aws:iam::123456789012:root, ACCOUNT, arn:aws:iam::123456789012:root, 123456789012",
    "AWS, arn:aws:iam::123456789012:user/a/b, USER, arn:aws:iam::123456789012:user/a/b,"
        + " 123456789012",
    "AWS, arn:aws:iam::123456789012:role/r, ROLE, arn:aws:iam::123456789012:role/r, 123456789012",
    "AWS, arn:aws:sts::123456789012:assumed-role/r/s, ASSUMED_ROLE_SESSION,"
        + " arn:aws:sts::123456789012:assumed-role/r/s, 123456789012",
    "AWS, *, ANY_PRINCIPAL, *, ",
    "AWS, AROAEXAMPLE, UNKNOWN_PRINCIPAL, AROAEXAMPLE, ",
    "AWS, arn:aws:iam::123456789012:group/g, UNKNOWN_PRINCIPAL,"
        + " arn:aws:iam::123456789012:group/g, 123456789012",
    "Service, ec2.amazonaws.com, SERVICE_PRINCIPAL, ec2.amazonaws.com, ",
    "Federated, arn:aws:iam::123456789012:saml-provider/okta, FEDERATED_PRINCIPAL,"
        + " arn:aws:iam::123456789012:saml-provider/okta, 123456789012",
    "Federated, accounts.google.com, FEDERATED_PRINCIPAL, accounts.google.com, ",
    "CanonicalUser, 79a59df900b949e5, UNKNOWN_PRINCIPAL, 79a59df900b949e5, "
  })
  void classifiesEveryPrincipalForm(
      String type, String value, NodeLabel label, String key, String accountId) {
    PrincipalRef ref = PrincipalRef.of(type, value);

    assertThat(ref.label()).isEqualTo(label);
    assertThat(ref.key()).isEqualTo(key);
    assertThat(ref.accountId()).isEqualTo(accountId);
  }
}
