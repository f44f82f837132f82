package io.accessgraph.model.iam;

import java.util.List;
import java.util.Map;

/**
 * An IAM user. Credential facts (access keys, MFA, console password) come from optional inputs;
 * null means "not known", never "no".
 */
public record User(
    String arn,
    String name,
    String userId,
    String path,
    String createDate,
    List<String> groupNames,
    List<InlinePolicy> inlinePolicies,
    List<String> attachedPolicyArns,
    String permissionsBoundaryArn,
    Map<String, String> tags,
    List<AccessKey> accessKeys,
    Boolean mfaActive,
    Boolean passwordEnabled) {

  public User {
    groupNames = List.copyOf(groupNames);
    inlinePolicies = List.copyOf(inlinePolicies);
    attachedPolicyArns = List.copyOf(attachedPolicyArns);
    tags = Map.copyOf(tags);
    accessKeys = List.copyOf(accessKeys);
  }

  /** A copy with credential facts added (from list-access-keys or the credential report). */
  public User withCredentials(List<AccessKey> keys, Boolean mfa, Boolean password) {
    return new User(
        arn,
        name,
        userId,
        path,
        createDate,
        groupNames,
        inlinePolicies,
        attachedPolicyArns,
        permissionsBoundaryArn,
        tags,
        keys,
        mfa,
        password);
  }
}
