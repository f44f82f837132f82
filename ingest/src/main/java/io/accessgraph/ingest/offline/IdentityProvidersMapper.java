package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.databind.JsonNode;
import io.accessgraph.model.AccountIds;
import io.accessgraph.model.Arn;
import io.accessgraph.model.iam.IdentityProvider;
import java.util.List;

/**
 * Maps {@code aws iam list-open-id-connect-providers} and {@code aws iam list-saml-providers}. The
 * lists hold ARNs only; the account comes from each ARN and, for OIDC, the issuer from the part
 * after {@code oidc-provider/}, which is how IAM itself names the provider's URL (without the
 * scheme) and how trust-policy condition keys spell it ({@code token.actions.githubusercontent.com
 * :sub}). Client ids are not in the list output and stay empty.
 */
final class IdentityProvidersMapper {
  static final String OIDC = "OIDC";
  static final String SAML = "SAML";
  private static final String OIDC_PREFIX = "oidc-provider/";
  private static final String SAML_PREFIX = "saml-provider/";

  private IdentityProvidersMapper() {}

  static void mapOidc(JsonNode root, IngestRun run, FileProblems problems) {
    map(JsonFields.array(root, "OpenIDConnectProviderList"), OIDC, run, problems);
  }

  static void mapSaml(JsonNode root, IngestRun run, FileProblems problems) {
    map(JsonFields.array(root, "SAMLProviderList"), SAML, run, problems);
  }

  private static void map(
      List<JsonNode> entries, String type, IngestRun run, FileProblems problems) {
    String kind = type + " provider";
    Entities.each(
        entries,
        kind,
        "Arn",
        problems,
        n -> {
          Arn arn = JsonFields.requiredArn(n, "Arn");
          String prefix = type.equals(OIDC) ? OIDC_PREFIX : SAML_PREFIX;
          if (!AccountIds.isAccountId(arn.account()) || !arn.resource().startsWith(prefix)) {
            throw new InputException(
                "is not an IAM " + kind + " ARN (expected arn:aws:iam::ACCOUNT:" + prefix + "...)");
          }
          String url = type.equals(OIDC) ? arn.resource().substring(prefix.length()) : null;
          run.account(arn.account())
              .addIdentityProvider(
                  new IdentityProvider(arn.toString(), type, url, List.of()), problems);
        });
  }
}
