package io.accessgraph.analysis.escalation.rules;

import io.accessgraph.model.iam.Group;
import io.accessgraph.model.iam.InlinePolicy;
import io.accessgraph.model.iam.ManagedPolicy;
import io.accessgraph.model.policy.PolicyDocument;
import io.accessgraph.model.policy.Statement;
import java.util.List;
import java.util.Map;

/**
 * Recognises documents that grant everything (an unconditional Allow of {@code *} on {@code *}),
 * for what the engine cannot be asked directly: what a group or an older policy version would give.
 */
final class AdminDocuments {
  private AdminDocuments() {}

  static boolean grantsEverything(PolicyDocument document) {
    if (document == null) {
      return false;
    }
    for (Statement s : document.statements()) {
      if (s.isAllow()
          && s.conditions().isEmpty()
          && s.actions() != null
          && (s.actions().contains("*") || s.actions().contains("*:*"))
          && s.resources() != null
          && s.resources().contains("*")) {
        return true;
      }
    }
    return false;
  }

  /** The policy of the group that grants everything, or null. */
  static String adminPolicyOf(Group group, Map<String, ManagedPolicy> policies) {
    for (InlinePolicy p : group.inlinePolicies()) {
      if (grantsEverything(p.document())) {
        return group.arn() + "#inline:" + p.name();
      }
    }
    for (String arn : group.attachedPolicyArns()) {
      ManagedPolicy p = policies.get(arn);
      if (p != null && grantsEverything(p.document())) {
        return arn;
      }
    }
    return null;
  }

  /** Non-default versions of the policy that grant everything. */
  static List<String> adminVersions(ManagedPolicy policy) {
    return policy.versions().stream()
        .filter(v -> !v.isDefault() && !v.versionId().equals(policy.defaultVersionId()))
        .filter(v -> grantsEverything(v.document()))
        .map(v -> v.versionId())
        .toList();
  }
}
