package io.accessgraph.ingest.aws.regional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accessgraph.ingest.aws.client.AccountSession;
import io.accessgraph.ingest.aws.json.SdkJson;
import io.accessgraph.ingest.aws.json.SnapshotFiles;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Reservation;

/** {@code aws ec2 describe-instances}: every page, {"Reservations": [...]}. */
final class Ec2Instances implements RegionalCollector {
  @Override
  public String service() {
    return "ec2";
  }

  @Override
  public int collect(AccountSession session, Region region, SnapshotFiles out) {
    SdkJson json = SdkJson.plain();
    ObjectNode file = SnapshotFiles.newObject();
    ArrayNode reservations = file.putArray("Reservations");
    int instances = 0;
    try (Ec2Client ec2 = session.regional(Ec2Client.builder(), region)) {
      for (Reservation r : ec2.describeInstancesPaginator(b -> {}).reservations()) {
        reservations.add(json.object(r));
        instances += r.instances().size();
      }
    }
    out.write(RegionalCollector.fileName(session, service(), region), file);
    return instances;
  }
}
