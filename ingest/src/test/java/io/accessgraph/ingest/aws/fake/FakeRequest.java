package io.accessgraph.ingest.aws.fake;

import java.util.List;
import java.util.Map;

/**
 * One request the fake received, identified the way AWS identifies it.
 *
 * @param service the signing name from the credential scope (iam, sts, ec2, organizations, ...)
 * @param region the signing region from the credential scope
 * @param accessKeyId the key that signed the request
 * @param account the account the key belongs to (the 12 digits after the key's 4-letter prefix)
 * @param action the API operation (Action parameter, X-Amz-Target, or REST route)
 * @param params the request's parameters by name (query form fields; top-level JSON members)
 * @param values every scalar value of the request, for matching fixture variants
 */
public record FakeRequest(
    String service,
    String region,
    String accessKeyId,
    String account,
    String action,
    Map<String, String> params,
    List<String> values) {
  public FakeRequest {
    params = Map.copyOf(params);
    values = List.copyOf(values);
  }

  public String param(String name) {
    return params.get(name);
  }
}
