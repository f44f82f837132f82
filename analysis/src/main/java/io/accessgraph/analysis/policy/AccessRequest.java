package io.accessgraph.analysis.policy;

import io.accessgraph.model.policy.PolicyDocument;
import java.util.HashMap;
import java.util.Map;

/**
 * "May this principal perform this action on this resource?"
 *
 * @param principalArn an ingested user or role ARN, or an assumed-role session ARN
 * @param action {@code service:Action}, any case
 * @param resourceArn the target ARN, or {@code *} for actions without a resource
 * @param context request-time keys the caller knows (e.g. {@code aws:SourceIp}), overriding what
 *     the engine derives; empty when nothing is known
 * @param resourcePolicy the resource's policy (bucket policy, key policy) or null; role trust
 *     policies are looked up by the engine
 * @param resourceAccount the resource's account, or null to take it from the ARN (or, for ARNs
 *     without one such as S3 buckets, to treat the resource as in the principal's account)
 */
public record AccessRequest(
    String principalArn,
    String action,
    String resourceArn,
    Map<String, String> context,
    PolicyDocument resourcePolicy,
    String resourceAccount) {

  public AccessRequest {
    if (principalArn == null || principalArn.isBlank()) {
      throw new IllegalArgumentException("access request: principalArn is required");
    }
    if (action == null || action.indexOf(':') <= 0) {
      throw new IllegalArgumentException(
          "access request: action '" + action + "' is not of the form service:Action");
    }
    resourceArn = resourceArn == null || resourceArn.isBlank() ? "*" : resourceArn;
    context = context == null ? Map.of() : Map.copyOf(context);
  }

  public static AccessRequest of(String principalArn, String action, String resourceArn) {
    return new AccessRequest(principalArn, action, resourceArn, Map.of(), null, null);
  }

  public AccessRequest withContext(Map<String, String> more) {
    Map<String, String> merged = new HashMap<>(context);
    merged.putAll(more);
    return new AccessRequest(
        principalArn, action, resourceArn, merged, resourcePolicy, resourceAccount);
  }

  public AccessRequest withContext(String key, String value) {
    return withContext(Map.of(key, value));
  }

  public AccessRequest withResourcePolicy(PolicyDocument policy, String account) {
    return new AccessRequest(principalArn, action, resourceArn, context, policy, account);
  }
}
