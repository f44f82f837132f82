package io.accessgraph.ingest.synth;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/** The parts users, groups and roles share in get-account-authorization-details output. */
final class IamJson {
  private IamJson() {}

  static void inline(JsonGenerator json, String field, List<AccountModel.Inline> policies)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (AccountModel.Inline p : policies) {
      json.writeStartObject();
      json.writeStringField("PolicyName", p.name());
      json.writeFieldName("PolicyDocument");
      json.writeTree(p.document());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  static void attached(JsonGenerator json, List<String> arns) throws IOException {
    json.writeArrayFieldStart("AttachedManagedPolicies");
    for (String arn : arns) {
      json.writeStartObject();
      json.writeStringField("PolicyName", arn.substring(arn.lastIndexOf('/') + 1));
      json.writeStringField("PolicyArn", arn);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  static void boundary(JsonGenerator json, String arn) throws IOException {
    if (arn != null) {
      json.writeObjectFieldStart("PermissionsBoundary");
      json.writeStringField("PermissionsBoundaryType", "Policy");
      json.writeStringField("PermissionsBoundaryArn", arn);
      json.writeEndObject();
    }
  }
}
