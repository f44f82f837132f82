package io.accessgraph.ingest.synth;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes org.json: the organization, its root, units, accounts and SCPs with their targets, in AWS
 * Organizations API field names. Accounts are written from their index alone, so the file streams
 * out whatever the organization's size.
 */
final class OrgWriter {
  private final OrgLayout layout;
  private final OrgTree tree;

  OrgWriter(OrgLayout layout, OrgTree tree) {
    this.layout = layout;
    this.tree = tree;
  }

  void write(JsonFiles files, Path file) throws IOException {
    files.write(file, this::body);
  }

  private void body(JsonGenerator json) throws IOException {
    String management = layout.managementAccountId();
    String orgId = layout.organizationId();
    json.writeStartObject();
    json.writeObjectFieldStart("organization");
    json.writeStringField("Id", orgId);
    json.writeStringField("Arn", "arn:aws:organizations::" + management + ":organization/" + orgId);
    json.writeStringField("FeatureSet", "ALL");
    json.writeStringField("MasterAccountArn", tree.accountArn(management));
    json.writeStringField("MasterAccountId", management);
    json.writeStringField("MasterAccountEmail", email(0));
    json.writeEndObject();

    json.writeArrayFieldStart("roots");
    json.writeStartObject();
    json.writeStringField("Id", tree.rootId());
    json.writeStringField("Arn", tree.rootArn());
    json.writeStringField("Name", "Root");
    json.writeEndObject();
    json.writeEndArray();

    json.writeArrayFieldStart("organizationalUnits");
    for (OrgTree.Unit unit : tree.units()) {
      json.writeStartObject();
      json.writeStringField("Id", unit.id());
      json.writeStringField("Arn", tree.arnOf(unit.key()));
      json.writeStringField("Name", unit.name());
      json.writeStringField("ParentId", tree.idOf(unit.parentKey()));
      json.writeEndObject();
    }
    json.writeEndArray();

    json.writeArrayFieldStart("accounts");
    for (int i = 0; i < layout.accounts(); i++) {
      String id = OrgLayout.accountId(i);
      json.writeStartObject();
      json.writeStringField("Id", id);
      json.writeStringField("Arn", tree.accountArn(id));
      json.writeStringField("Email", email(i));
      json.writeStringField("Name", layout.name(i));
      json.writeStringField("Status", "ACTIVE");
      json.writeStringField("JoinedMethod", i == 0 ? "INVITED" : "CREATED");
      json.writeStringField("ParentId", tree.idOf(layout.kind(i).unit()));
      json.writeEndObject();
    }
    json.writeEndArray();

    json.writeArrayFieldStart("policies");
    for (ServiceControlPolicies.Scp scp : ServiceControlPolicies.all(layout.options().seed())) {
      policy(json, scp);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void policy(JsonGenerator json, ServiceControlPolicies.Scp scp) throws IOException {
    String arn =
        scp.awsManaged()
            ? "arn:aws:organizations::aws:policy/service_control_policy/" + scp.id()
            : "arn:aws:organizations::"
                + layout.managementAccountId()
                + ":policy/"
                + layout.organizationId()
                + "/service_control_policy/"
                + scp.id();
    json.writeStartObject();
    json.writeObjectFieldStart("PolicySummary");
    json.writeStringField("Id", scp.id());
    json.writeStringField("Arn", arn);
    json.writeStringField("Name", scp.name());
    json.writeStringField("Description", scp.description());
    json.writeStringField("Type", "SERVICE_CONTROL_POLICY");
    json.writeBooleanField("AwsManaged", scp.awsManaged());
    json.writeEndObject();
    // describe-policy returns the document as a JSON string.
    json.writeStringField("Content", scp.document().toString());
    json.writeArrayFieldStart("Targets");
    if (scp.everywhere()) {
      target(json, OrgTree.ROOT);
      for (OrgTree.Unit unit : tree.units()) {
        target(json, unit.key());
      }
      for (int i = 0; i < layout.accounts(); i++) {
        String id = OrgLayout.accountId(i);
        json.writeStartObject();
        json.writeStringField("TargetId", id);
        json.writeStringField("Arn", tree.accountArn(id));
        json.writeStringField("Name", layout.name(i));
        json.writeStringField("Type", "ACCOUNT");
        json.writeEndObject();
      }
    } else {
      for (String key : scp.targets()) {
        target(json, key);
      }
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void target(JsonGenerator json, String key) throws IOException {
    json.writeStartObject();
    json.writeStringField("TargetId", tree.idOf(key));
    json.writeStringField("Arn", tree.arnOf(key));
    json.writeStringField("Name", tree.nameOf(key));
    json.writeStringField("Type", OrgTree.ROOT.equals(key) ? "ROOT" : "ORGANIZATIONAL_UNIT");
    json.writeEndObject();
  }

  private String email(int index) {
    return "aws+" + layout.name(index) + "@synth.example";
  }
}
