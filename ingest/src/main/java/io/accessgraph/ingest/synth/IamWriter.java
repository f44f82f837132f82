package io.accessgraph.ingest.synth;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one account as {@code aws iam get-account-authorization-details} prints it. The Policies
 * list holds every customer-managed policy and every AWS-managed policy used in the account, with
 * attachment and boundary counts computed from the account itself.
 */
final class IamWriter {
  private final AccountModel account;
  private final Map<String, Integer> attachments = new HashMap<>();
  private final Map<String, Integer> boundaries = new HashMap<>();

  IamWriter(AccountModel account) {
    this.account = account;
    account.users.forEach(u -> count(u.attached(), u.boundaryArn()));
    account.groups.forEach(g -> count(g.attached(), null));
    account.roles.forEach(r -> count(r.attached(), r.boundaryArn()));
  }

  void write(JsonFiles files, Path file) throws IOException {
    files.write(file, this::body);
  }

  private void count(List<String> attached, String boundary) {
    attached.forEach(arn -> attachments.merge(arn, 1, Integer::sum));
    if (boundary != null) {
      boundaries.merge(boundary, 1, Integer::sum);
    }
  }

  private void body(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeArrayFieldStart("UserDetailList");
    for (AccountModel.User u : account.users) {
      user(json, u);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("GroupDetailList");
    for (AccountModel.Group g : account.groups) {
      json.writeStartObject();
      json.writeStringField("Path", g.path());
      json.writeStringField("GroupName", g.name());
      json.writeStringField("GroupId", g.id());
      json.writeStringField("Arn", g.arn());
      JsonFiles.date(json, "CreateDate", g.created());
      IamJson.inline(json, "GroupPolicyList", g.inline());
      IamJson.attached(json, g.attached());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("RoleDetailList");
    for (AccountModel.Role r : account.roles) {
      RoleJson.write(json, r);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("Policies");
    for (AccountModel.CustomerPolicy p : account.customerPolicies.values()) {
      customerPolicy(json, p);
    }
    for (AwsManagedPolicies.Entry p : AwsManagedPolicies.all().values()) {
      if (attachments.containsKey(p.arn()) || boundaries.containsKey(p.arn())) {
        awsPolicy(json, p);
      }
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void user(JsonGenerator json, AccountModel.User u) throws IOException {
    json.writeStartObject();
    json.writeStringField("Path", u.path());
    json.writeStringField("UserName", u.name());
    json.writeStringField("UserId", u.id());
    json.writeStringField("Arn", u.arn());
    JsonFiles.date(json, "CreateDate", u.created());
    IamJson.inline(json, "UserPolicyList", u.inline());
    json.writeArrayFieldStart("GroupList");
    for (String g : u.groups()) {
      json.writeString(g);
    }
    json.writeEndArray();
    IamJson.attached(json, u.attached());
    IamJson.boundary(json, u.boundaryArn());
    JsonFiles.tags(json, u.tags());
    json.writeEndObject();
  }

  private void customerPolicy(JsonGenerator json, AccountModel.CustomerPolicy p)
      throws IOException {
    List<ObjectNode> versions = p.versions();
    String defaultVersion = "v" + versions.size();
    policyHeader(json, p.name(), p.id(), p.arn(), p.path(), defaultVersion);
    JsonFiles.date(json, "CreateDate", p.created());
    // Each later version was made a week after the one before.
    JsonFiles.date(json, "UpdateDate", p.created() + (versions.size() - 1) * 604_800L);
    json.writeArrayFieldStart("PolicyVersionList");
    for (int v = versions.size(); v >= 1; v--) {
      json.writeStartObject();
      json.writeFieldName("Document");
      json.writeTree(versions.get(v - 1));
      json.writeStringField("VersionId", "v" + v);
      json.writeBooleanField("IsDefaultVersion", v == versions.size());
      JsonFiles.date(json, "CreateDate", p.created() + (v - 1) * 604_800L);
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void awsPolicy(JsonGenerator json, AwsManagedPolicies.Entry p) throws IOException {
    policyHeader(json, p.name(), p.policyId(), p.arn(), p.path(), p.defaultVersionId());
    json.writeStringField("CreateDate", p.createDate());
    json.writeStringField("UpdateDate", p.updateDate());
    json.writeArrayFieldStart("PolicyVersionList");
    json.writeStartObject();
    json.writeFieldName("Document");
    json.writeTree(p.document());
    json.writeStringField("VersionId", p.defaultVersionId());
    json.writeBooleanField("IsDefaultVersion", true);
    json.writeStringField("CreateDate", p.updateDate());
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  private void policyHeader(
      JsonGenerator json, String name, String id, String arn, String path, String version)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("PolicyName", name);
    json.writeStringField("PolicyId", id);
    json.writeStringField("Arn", arn);
    json.writeStringField("Path", path);
    json.writeStringField("DefaultVersionId", version);
    json.writeNumberField("AttachmentCount", attachments.getOrDefault(arn, 0));
    json.writeNumberField("PermissionsBoundaryUsageCount", boundaries.getOrDefault(arn, 0));
    json.writeBooleanField("IsAttachable", true);
  }
}
