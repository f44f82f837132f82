package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.databind.JsonNode;
import io.accessgraph.model.iam.Group;
import io.accessgraph.model.iam.User;
import java.util.List;

/** Maps UserDetailList and GroupDetailList entries of get-account-authorization-details. */
final class UserMapper {
  private UserMapper() {}

  /** Credential facts stay unknown (null) here; other files add them. */
  static User user(JsonNode node, FileProblems problems) {
    String arn = JsonFields.requiredArn(node, "Arn").toString();
    String name = JsonFields.requiredText(node, "UserName");
    String owner = "user " + arn;
    return new User(
        arn,
        name,
        JsonFields.text(node, "UserId"),
        pathOf(node),
        JsonFields.text(node, "CreateDate"),
        JsonFields.texts(node, "GroupList").stream().sorted().distinct().toList(),
        InlinePolicies.read(node, "UserPolicyList", owner, arn, problems),
        JsonFields.sortedField(node, "AttachedManagedPolicies", "PolicyArn"),
        boundaryOf(node),
        JsonFields.tags(node),
        List.of(),
        null,
        null);
  }

  static Group group(JsonNode node, FileProblems problems) {
    String arn = JsonFields.requiredArn(node, "Arn").toString();
    String name = JsonFields.requiredText(node, "GroupName");
    return new Group(
        arn,
        name,
        JsonFields.text(node, "GroupId"),
        pathOf(node),
        InlinePolicies.read(node, "GroupPolicyList", "group " + arn, arn, problems),
        JsonFields.sortedField(node, "AttachedManagedPolicies", "PolicyArn"));
  }

  // IAM's default path; older exports sometimes omit it.
  static String pathOf(JsonNode node) {
    String path = JsonFields.text(node, "Path");
    return path == null ? "/" : path;
  }

  static String boundaryOf(JsonNode node) {
    return JsonFields.text(
        JsonFields.object(node, "PermissionsBoundary"), "PermissionsBoundaryArn");
  }
}
