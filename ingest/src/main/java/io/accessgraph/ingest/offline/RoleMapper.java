package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.databind.JsonNode;
import io.accessgraph.model.iam.InstanceProfile;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps RoleDetailList entries, and the instance profiles nested in them (the only place
 * get-account-authorization-details lists instance profiles).
 */
final class RoleMapper {
  private RoleMapper() {}

  /** Maps the role and adds its instance profiles to {@code account}. */
  static Role role(JsonNode node, AccountData account, FileProblems problems) {
    String arn = JsonFields.requiredArn(node, "Arn").toString();
    String name = JsonFields.requiredText(node, "RoleName");
    String owner = "role " + arn;
    // A trust policy that does not parse is replaced by an empty one: nobody is shown as able
    // to assume the role, but its own permissions (what an attacker holding it gets) still count.
    PolicyDocument trust =
        PolicyReader.read(
                node.get("AssumeRolePolicyDocument"),
                owner,
                "trust policy (AssumeRolePolicyDocument)",
                arn,
                "the role was kept with an empty trust policy, so nobody is shown as able to"
                    + " assume it",
                problems)
            .orElse(PolicyDocument.empty());
    List<InstanceProfile> profiles = profiles(node, arn, problems);
    Role role =
        new Role(
            arn,
            name,
            JsonFields.text(node, "RoleId"),
            UserMapper.pathOf(node),
            JsonFields.text(node, "CreateDate"),
            trust,
            InlinePolicies.read(node, "RolePolicyList", owner, arn, problems),
            JsonFields.sortedField(node, "AttachedManagedPolicies", "PolicyArn"),
            UserMapper.boundaryOf(node),
            JsonFields.tags(node),
            profiles.stream().map(InstanceProfile::arn).sorted().distinct().toList(),
            JsonFields.text(JsonFields.object(node, "RoleLastUsed"), "LastUsedDate"));
    profiles.forEach(account::addInstanceProfile);
    return role;
  }

  private static List<InstanceProfile> profiles(
      JsonNode role, String roleArn, FileProblems problems) {
    List<InstanceProfile> out = new ArrayList<>();
    for (JsonNode node : JsonFields.array(role, "InstanceProfileList")) {
      String arn = JsonFields.text(node, "Arn");
      if (arn == null) {
        problems.add(
            roleArn,
            "role "
                + roleArn
                + ": an instance profile in InstanceProfileList has no Arn; it was"
                + " left out");
        continue;
      }
      List<String> roleArns = new ArrayList<>();
      for (JsonNode held : JsonFields.array(node, "Roles")) {
        String heldArn = JsonFields.text(held, "Arn");
        if (heldArn != null && !roleArns.contains(heldArn)) {
          roleArns.add(heldArn);
        }
      }
      // The profile is listed under this role, so it holds this role even if Roles is trimmed.
      if (!roleArns.contains(roleArn)) {
        roleArns.add(roleArn);
      }
      roleArns.sort(null);
      out.add(
          new InstanceProfile(
              arn,
              JsonFields.text(node, "InstanceProfileName"),
              JsonFields.text(node, "InstanceProfileId"),
              UserMapper.pathOf(node),
              roleArns));
    }
    return out;
  }
}
