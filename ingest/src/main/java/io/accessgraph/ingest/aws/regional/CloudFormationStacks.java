package io.accessgraph.ingest.aws.regional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accessgraph.ingest.aws.client.AccountSession;
import io.accessgraph.ingest.aws.json.SdkJson;
import io.accessgraph.ingest.aws.json.SnapshotFiles;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/** {@code aws cloudformation describe-stacks}: {"Stacks": [...]}, each with its RoleARN. */
final class CloudFormationStacks implements RegionalCollector {
  @Override
  public String service() {
    return "cloudformation";
  }

  @Override
  public int collect(AccountSession session, Region region, SnapshotFiles out) {
    List<Stack> stacks = new ArrayList<>();
    try (CloudFormationClient cfn = session.regional(CloudFormationClient.builder(), region)) {
      cfn.describeStacksPaginator(r -> {}).stacks().forEach(stacks::add);
    }
    ObjectNode file = SnapshotFiles.newObject();
    file.set("Stacks", SdkJson.plain().array(stacks));
    out.write(RegionalCollector.fileName(session, service(), region), file);
    return stacks.size();
  }
}
