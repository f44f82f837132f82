package io.accessgraph.ingest.aws.regional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accessgraph.ingest.aws.client.AccountSession;
import io.accessgraph.ingest.aws.json.SdkJson;
import io.accessgraph.ingest.aws.json.SnapshotFiles;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionFamilyStatus;

/**
 * The latest active revision of every ECS task definition family ({@code aws ecs
 * describe-task-definition}: taskRoleArn, executionRoleArn) and every service of every cluster
 * ({@code aws ecs describe-services}), as {"taskDefinitions": [...], "services": [...]}.
 */
final class EcsTasks implements RegionalCollector {
  private static final int SERVICES_BATCH = 10; // DescribeServices accepts at most 10

  @Override
  public String service() {
    return "ecs";
  }

  @Override
  public int collect(AccountSession session, Region region, SnapshotFiles out) {
    List<TaskDefinition> taskDefinitions = new ArrayList<>();
    List<Service> services = new ArrayList<>();
    try (EcsClient ecs = session.regional(EcsClient.builder(), region)) {
      for (String family :
          ecs.listTaskDefinitionFamiliesPaginator(r -> r.status(TaskDefinitionFamilyStatus.ACTIVE))
              .families()) {
        // A family name resolves to its latest ACTIVE revision: the one new tasks run as.
        taskDefinitions.add(
            ecs.describeTaskDefinition(r -> r.taskDefinition(family)).taskDefinition());
      }
      for (String cluster : ecs.listClustersPaginator(r -> {}).clusterArns()) {
        List<String> arns = new ArrayList<>();
        ecs.listServicesPaginator(r -> r.cluster(cluster)).serviceArns().forEach(arns::add);
        for (int i = 0; i < arns.size(); i += SERVICES_BATCH) {
          List<String> batch = arns.subList(i, Math.min(arns.size(), i + SERVICES_BATCH));
          services.addAll(ecs.describeServices(r -> r.cluster(cluster).services(batch)).services());
        }
      }
    }
    SdkJson json = SdkJson.plain();
    ObjectNode file = SnapshotFiles.newObject();
    file.set("taskDefinitions", json.array(taskDefinitions));
    file.set("services", json.array(services));
    out.write(RegionalCollector.fileName(session, service(), region), file);
    return taskDefinitions.size() + services.size();
  }
}
