package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.databind.JsonNode;
import io.accessgraph.model.iam.ManagedPolicy;
import io.accessgraph.model.iam.PolicyVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Maps the Policies entries of get-account-authorization-details, every stored version kept. */
final class ManagedPolicyMapper {
  private ManagedPolicyMapper() {}

  /**
   * Empty when the default version (the one AWS evaluates) is missing or does not parse: keeping
   * the policy would make {@link ManagedPolicy#document()} fall back to another version and
   * evaluate a document AWS does not. A bad non-default version is left out alone.
   */
  static Optional<ManagedPolicy> policy(JsonNode node, FileProblems problems) {
    String arn = JsonFields.requiredArn(node, "Arn").toString();
    String name = JsonFields.requiredText(node, "PolicyName");
    String defaultVersionId = JsonFields.text(node, "DefaultVersionId");
    String owner = "managed policy " + arn;
    List<PolicyVersion> versions = new ArrayList<>();
    boolean defaultSeen = false;
    for (JsonNode v : JsonFields.array(node, "PolicyVersionList")) {
      String versionId = JsonFields.text(v, "VersionId");
      boolean isDefault =
          v.path("IsDefaultVersion").asBoolean(false)
              || (versionId != null && versionId.equals(defaultVersionId));
      String which = "version " + (versionId == null ? "(no VersionId)" : versionId);
      Optional<PolicyVersion> version =
          PolicyReader.read(
                  v.get("Document"),
                  owner,
                  which,
                  arn,
                  isDefault
                      ? "this is the default version, so the whole policy was left out and"
                          + " grants or denies nothing here"
                      : "this non-default version was left out",
                  problems)
              .map(doc -> new PolicyVersion(versionId, isDefault, doc));
      if (version.isEmpty() && isDefault) {
        return Optional.empty();
      }
      version.ifPresent(versions::add);
      defaultSeen |= isDefault;
    }
    if (!defaultSeen) {
      problems.add(
          arn,
          owner
              + " has no default version in PolicyVersionList"
              + (defaultVersionId == null ? "" : " (DefaultVersionId " + defaultVersionId + ")")
              + "; the policy was left out and grants or denies nothing here");
      return Optional.empty();
    }
    return Optional.of(
        new ManagedPolicy(
            arn,
            name,
            JsonFields.text(node, "PolicyId"),
            UserMapper.pathOf(node),
            defaultVersionId,
            node.path("AttachmentCount").asInt(0),
            versions));
  }
}
