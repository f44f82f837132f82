package io.accessgraph.model.iam;

import io.accessgraph.model.policy.PolicyDocument;
import java.util.List;

/**
 * A managed policy: customer-managed (ARN in the account) or AWS-managed ({@code
 * arn:aws:iam::aws:policy/...}). Every stored version is kept, since switching the default version
 * is itself an escalation method.
 */
public record ManagedPolicy(
    String arn,
    String name,
    String policyId,
    String path,
    String defaultVersionId,
    int attachmentCount,
    List<PolicyVersion> versions) {

  public ManagedPolicy {
    versions = List.copyOf(versions);
  }

  /** The document of the default version: the one AWS evaluates. */
  public PolicyDocument document() {
    for (PolicyVersion v : versions) {
      if (v.isDefault() || v.versionId().equals(defaultVersionId)) {
        return v.document();
      }
    }
    return versions.isEmpty() ? PolicyDocument.empty() : versions.get(0).document();
  }

  public boolean awsManaged() {
    return arn.startsWith("arn:aws:iam::aws:") || arn.contains(":iam::aws:policy/");
  }
}
