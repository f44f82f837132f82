package io.accessgraph.model.iam;

import java.util.List;

/** An IAM group; its members are named on the users. */
public record Group(
    String arn,
    String name,
    String groupId,
    String path,
    List<InlinePolicy> inlinePolicies,
    List<String> attachedPolicyArns) {
  public Group {
    inlinePolicies = List.copyOf(inlinePolicies);
    attachedPolicyArns = List.copyOf(attachedPolicyArns);
  }
}
