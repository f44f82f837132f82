package io.accessgraph.model.iam;

import io.accessgraph.model.policy.PolicyDocument;
import java.util.List;
import java.util.Map;

/** An IAM role with its trust policy (AssumeRolePolicyDocument). */
public record Role(
    String arn,
    String name,
    String roleId,
    String path,
    String createDate,
    PolicyDocument trustPolicy,
    List<InlinePolicy> inlinePolicies,
    List<String> attachedPolicyArns,
    String permissionsBoundaryArn,
    Map<String, String> tags,
    List<String> instanceProfileArns,
    String lastUsedDate) {

  public Role {
    inlinePolicies = List.copyOf(inlinePolicies);
    attachedPolicyArns = List.copyOf(attachedPolicyArns);
    tags = Map.copyOf(tags);
    instanceProfileArns = List.copyOf(instanceProfileArns);
  }

  /** Service-linked roles live under /aws-service-role/ and are exempt from SCPs. */
  public boolean serviceLinked() {
    return path != null && path.startsWith("/aws-service-role/");
  }
}
