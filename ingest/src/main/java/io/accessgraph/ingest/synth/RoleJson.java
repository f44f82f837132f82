package io.accessgraph.ingest.synth;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * One RoleDetailList entry, with its instance profile nested the way
 * get-account-authorization-details nests it (the profile repeats the role inside Roles, in the
 * shape of the IAM Role type rather than RoleDetail).
 */
final class RoleJson {
  private RoleJson() {}

  static void write(JsonGenerator json, AccountModel.Role r) throws IOException {
    json.writeStartObject();
    header(json, r);
    json.writeArrayFieldStart("InstanceProfileList");
    if (r.profile() != null) {
      AccountModel.Profile p = r.profile();
      json.writeStartObject();
      json.writeStringField("Path", p.path());
      json.writeStringField("InstanceProfileName", p.name());
      json.writeStringField("InstanceProfileId", p.id());
      json.writeStringField("Arn", p.arn());
      JsonFiles.date(json, "CreateDate", p.created());
      json.writeArrayFieldStart("Roles");
      json.writeStartObject();
      header(json, r);
      if (r.description() != null) {
        json.writeStringField("Description", r.description());
      }
      json.writeNumberField("MaxSessionDuration", 3600);
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    IamJson.inline(json, "RolePolicyList", r.inline());
    IamJson.attached(json, r.attached());
    IamJson.boundary(json, r.boundaryArn());
    JsonFiles.tags(json, r.tags());
    json.writeObjectFieldStart("RoleLastUsed");
    if (r.lastUsedRegion() != null) {
      JsonFiles.date(json, "LastUsedDate", r.lastUsed());
      json.writeStringField("Region", r.lastUsedRegion());
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void header(JsonGenerator json, AccountModel.Role r) throws IOException {
    json.writeStringField("Path", r.path());
    json.writeStringField("RoleName", r.name());
    json.writeStringField("RoleId", r.id());
    json.writeStringField("Arn", r.arn());
    JsonFiles.date(json, "CreateDate", r.created());
    json.writeFieldName("AssumeRolePolicyDocument");
    json.writeTree(r.trust());
  }
}
