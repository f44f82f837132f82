package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.databind.JsonNode;
import io.accessgraph.model.iam.InlinePolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads a UserPolicyList / GroupPolicyList / RolePolicyList, leaving out what does not parse. */
final class InlinePolicies {
  private InlinePolicies() {}

  /**
   * @param owner the holder as a person reads it, e.g. "user arn:aws:iam::1:user/alice"
   * @param ownerArn the problem's entity
   */
  static List<InlinePolicy> read(
      JsonNode entity, String listField, String owner, String ownerArn, FileProblems problems) {
    List<InlinePolicy> out = new ArrayList<>();
    List<JsonNode> entries = JsonFields.array(entity, listField);
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      String name = JsonFields.text(entry, "PolicyName");
      if (name == null) {
        problems.add(
            ownerArn,
            owner
                + ": inline policy #"
                + (i + 1)
                + " in "
                + listField
                + " has no PolicyName; it was left out");
        continue;
      }
      PolicyReader.read(
              entry.get("PolicyDocument"),
              owner,
              "inline policy '" + name + "'",
              ownerArn,
              "the policy was left out, so what it allows or denies is not shown",
              problems)
          .ifPresent(doc -> out.add(new InlinePolicy(name, doc)));
    }
    out.sort(Comparator.comparing(InlinePolicy::name));
    return out;
  }
}
