package io.accessgraph.ingest.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accessgraph.model.policy.PolicyDocument;
import io.accessgraph.model.policy.PolicyDocumentParser;
import org.junit.jupiter.api.Test;

class AwsManagedPoliciesTest {

  @Test
  void everyShippedDocumentParsesAndHasStatements() {
    assertThat(AwsManagedPolicies.all()).hasSizeGreaterThanOrEqualTo(16);
    AwsManagedPolicies.all()
        .values()
        .forEach(
            p -> {
              PolicyDocument doc = PolicyDocumentParser.parse(p.document());
              assertThat(doc.statements()).as(p.name()).isNotEmpty();
              assertThat(p.arn()).startsWith("arn:aws:iam::aws:policy" + p.path());
              assertThat(p.policyId()).startsWith("ANPA").hasSize(21);
            });
  }

  @Test
  void theRealDocumentsAreShipped() {
    PolicyDocument admin =
        PolicyDocumentParser.parse(AwsManagedPolicies.all().get("AdministratorAccess").document());
    assertThat(admin.statements().get(0).actions()).containsExactly("*");
    PolicyDocument power =
        PolicyDocumentParser.parse(AwsManagedPolicies.all().get("PowerUserAccess").document());
    assertThat(power.statements().get(0).notActions()).contains("iam:*", "organizations:*");
    assertThat(AwsManagedPolicies.arn("AWSLambdaBasicExecutionRole"))
        .isEqualTo("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole");
  }

  @Test
  void anUnknownNameIsAnError() {
    assertThatThrownBy(() -> AwsManagedPolicies.arn("NoSuchPolicy"))
        .hasMessageContaining("NoSuchPolicy");
  }
}
