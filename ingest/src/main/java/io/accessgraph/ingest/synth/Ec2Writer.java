package io.accessgraph.ingest.synth;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes one region of one account as {@code aws ec2 describe-instances} prints it, one reservation
 * per instance. A region without instances still gets its (empty) file, as the CLI prints {@code
 * {"Reservations": []}} there.
 */
final class Ec2Writer {
  private Ec2Writer() {}

  static void write(JsonFiles files, Path file, AccountModel account, String region)
      throws IOException {
    files.write(file, json -> body(json, account, region));
  }

  private static void body(JsonGenerator json, AccountModel account, String region)
      throws IOException {
    json.writeStartObject();
    json.writeArrayFieldStart("Reservations");
    for (AccountModel.Instance i : account.instances) {
      if (!i.region().equals(region)) {
        continue;
      }
      json.writeStartObject();
      json.writeArrayFieldStart("Groups");
      json.writeEndArray();
      json.writeArrayFieldStart("Instances");
      instance(json, i);
      json.writeEndArray();
      json.writeStringField("OwnerId", account.accountId);
      json.writeStringField("ReservationId", i.reservationId());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void instance(JsonGenerator json, AccountModel.Instance i) throws IOException {
    json.writeStartObject();
    json.writeNumberField("AmiLaunchIndex", 0);
    json.writeStringField("ImageId", "ami-0" + i.id().substring(3, 19));
    json.writeStringField("InstanceId", i.id());
    json.writeStringField("InstanceType", i.type());
    JsonFiles.date(json, "LaunchTime", i.launched());
    json.writeObjectFieldStart("Placement");
    json.writeStringField("AvailabilityZone", i.zone());
    json.writeStringField("GroupName", "");
    json.writeStringField("Tenancy", "default");
    json.writeEndObject();
    json.writeStringField("PrivateIpAddress", i.privateIp());
    json.writeObjectFieldStart("State");
    json.writeNumberField("Code", i.state().equals("running") ? 16 : 80);
    json.writeStringField("Name", i.state());
    json.writeEndObject();
    json.writeStringField("Architecture", i.type().startsWith("t4g") ? "arm64" : "x86_64");
    if (i.profileArn() != null) {
      json.writeObjectFieldStart("IamInstanceProfile");
      json.writeStringField("Arn", i.profileArn());
      json.writeStringField("Id", i.profileId());
      json.writeEndObject();
    }
    json.writeObjectFieldStart("MetadataOptions");
    json.writeStringField("State", "applied");
    json.writeStringField("HttpTokens", i.httpTokens());
    json.writeNumberField("HttpPutResponseHopLimit", i.httpTokens().equals("required") ? 2 : 1);
    json.writeStringField("HttpEndpoint", "enabled");
    json.writeStringField("HttpProtocolIpv6", "disabled");
    json.writeStringField("InstanceMetadataTags", "disabled");
    json.writeEndObject();
    json.writeArrayFieldStart("Tags");
    json.writeStartObject();
    json.writeStringField("Key", "Name");
    json.writeStringField("Value", i.name());
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }
}
