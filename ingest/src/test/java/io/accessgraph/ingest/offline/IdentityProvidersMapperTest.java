package io.accessgraph.ingest.offline;

import static io.accessgraph.ingest.offline.Fixtures.APP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.accessgraph.model.iam.IdentityProvider;
import io.accessgraph.model.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

class IdentityProvidersMapperTest {

  @Test
  void oidcAndSamlProvidersLandInTheirAccount() {
    Snapshot s = Fixtures.readFixtures("cli/app/saml.json", "cli/app/oidc.json");
    assertThat(s.problems()).isEmpty();
    assertThat(s.accounts().get(APP).identityProviders())
        .extracting(IdentityProvider::arn, IdentityProvider::type, IdentityProvider::url)
        .containsExactly(
            tuple(
                "arn:aws:iam::111111111111:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE",
                "OIDC",
                "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE"),
            tuple(
                "arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com",
                "OIDC",
                "token.actions.githubusercontent.com"),
            tuple("arn:aws:iam::111111111111:saml-provider/Okta", "SAML", null));
  }

  @Test
  void anArnThatIsNotAProviderIsReported() {
    Snapshot s =
        Fixtures.read(
            Fixtures.json(
                "oidc.json",
                """
                {"OpenIDConnectProviderList": [
                  {"Arn": "arn:aws:iam::111111111111:role/not-a-provider"},
                  {"Arn": "arn:aws:iam::111111111111:oidc-provider/accounts.google.com"}]}
                """));
    assertThat(s.accounts().get(APP).identityProviders())
        .extracting(IdentityProvider::url)
        .containsExactly("accounts.google.com");
    assertThat(s.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.entity()).isEqualTo("arn:aws:iam::111111111111:role/not-a-provider");
              assertThat(p.message()).contains("is not an IAM OIDC provider ARN");
            });
  }
}
