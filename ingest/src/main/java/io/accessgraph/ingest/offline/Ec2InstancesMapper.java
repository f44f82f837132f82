package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.databind.JsonNode;
import io.accessgraph.model.AccountIds;
import io.accessgraph.model.ec2.Ec2Instance;

/**
 * Maps one {@code aws ec2 describe-instances} output. A file covers one region of one account;
 * several files of one account merge because instances are keyed by their ARN.
 */
final class Ec2InstancesMapper {
  private Ec2InstancesMapper() {}

  static void map(JsonNode root, IngestRun run, FileProblems problems) {
    Pagination.check(root, InputKind.EC2_INSTANCES, problems);
    var reservations = JsonFields.array(root, "Reservations");
    for (int i = 0; i < reservations.size(); i++) {
      JsonNode reservation = reservations.get(i);
      String owner = JsonFields.text(reservation, "OwnerId");
      String reservationId = JsonFields.text(reservation, "ReservationId");
      String label = "reservation " + (reservationId == null ? "#" + (i + 1) : reservationId);
      if (!AccountIds.isAccountId(owner)) {
        problems.add(
            reservationId,
            label
                + (owner == null ? " has no OwnerId" : " has OwnerId '" + owner + "'")
                + ", expected a 12-digit account id; its instances were left out");
        continue;
      }
      AccountData account = run.account(owner);
      Entities.each(
          JsonFields.array(reservation, "Instances"),
          "instance",
          "InstanceId",
          problems,
          n -> account.addInstance(instance(n, owner), problems));
    }
  }

  static Ec2Instance instance(JsonNode node, String accountId) {
    String id = JsonFields.requiredText(node, "InstanceId");
    JsonNode placement = JsonFields.object(node, "Placement");
    String zone = JsonFields.text(placement, "AvailabilityZone");
    String region =
        Regions.fromAvailabilityZone(zone)
            .orElseThrow(
                () ->
                    new InputException(
                        zone == null
                            ? "has no Placement.AvailabilityZone, so its region is unknown"
                            : "has availability zone '"
                                + zone
                                + "', from which no region can be read"));
    JsonNode metadata = JsonFields.object(node, "MetadataOptions");
    return new Ec2Instance(
        id,
        accountId,
        region,
        zone,
        JsonFields.text(JsonFields.object(node, "State"), "Name"),
        JsonFields.text(JsonFields.object(node, "IamInstanceProfile"), "Arn"),
        JsonFields.text(metadata, "HttpTokens"),
        JsonFields.text(metadata, "HttpEndpoint"),
        JsonFields.text(node, "PublicIpAddress"),
        JsonFields.text(node, "PrivateIpAddress"),
        JsonFields.text(node, "LaunchTime"),
        JsonFields.tags(node));
  }
}
