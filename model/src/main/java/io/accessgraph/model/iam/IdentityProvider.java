package io.accessgraph.model.iam;

import java.util.List;

/**
 * An OIDC or SAML identity provider of an account.
 *
 * @param type "OIDC" or "SAML"
 * @param url the issuer URL for OIDC providers, null for SAML
 */
public record IdentityProvider(String arn, String type, String url, List<String> clientIds) {
  public IdentityProvider {
    clientIds = List.copyOf(clientIds);
  }
}
