package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.databind.JsonNode;
import io.accessgraph.model.Arn;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps {"taskDefinitions": [...], "services": [...]}. A task definition runs as its task role (the
 * execution role only pulls images and writes logs, so it is an attribute). A service runs as the
 * task role of its task definition when that revision is in the same file. The clusters the
 * services name become {@code ecs:cluster} resources, which the methods that start a task need.
 * Running tasks are not listed by the collector, so no {@code ecs:task} comes from here.
 */
final class EcsMapper {
  private EcsMapper() {}

  static void map(JsonNode root, IngestRun run, FileProblems problems) {
    Map<String, String> taskRoles = new HashMap<>();
    Entities.each(
        JsonFields.array(root, "taskDefinitions"),
        "ECS task definition",
        "taskDefinitionArn",
        problems,
        n -> {
          String arn = JsonFields.requiredText(n, "taskDefinitionArn");
          String role = JsonFields.text(n, "taskRoleArn");
          ServiceResources.add(
              run,
              problems,
              ServiceResources.ECS_TASK_DEFINITION,
              arn,
              JsonFields.requiredText(n, "family"),
              role,
              ServiceResources.attributes(
                  "revision", JsonFields.text(n, "revision"),
                  "status", JsonFields.text(n, "status"),
                  "executionRoleArn", JsonFields.text(n, "executionRoleArn")));
          if (role != null) {
            taskRoles.put(arn, role);
          }
        });
    Set<String> clusters = new TreeSet<>();
    Entities.each(
        JsonFields.array(root, "services"),
        "ECS service",
        "serviceArn",
        problems,
        n -> {
          String taskDefinition = JsonFields.text(n, "taskDefinition");
          String cluster = JsonFields.text(n, "clusterArn");
          ServiceResources.add(
              run,
              problems,
              ServiceResources.ECS_SERVICE,
              JsonFields.requiredText(n, "serviceArn"),
              JsonFields.requiredText(n, "serviceName"),
              taskDefinition == null ? null : taskRoles.get(taskDefinition),
              ServiceResources.attributes(
                  "cluster", cluster,
                  "taskDefinition", taskDefinition,
                  "status", JsonFields.text(n, "status"),
                  "launchType", JsonFields.text(n, "launchType"),
                  "desiredCount", JsonFields.text(n, "desiredCount"),
                  "runningCount", JsonFields.text(n, "runningCount"),
                  "serviceRoleArn", JsonFields.text(n, "roleArn")));
          if (cluster != null) {
            clusters.add(cluster);
          }
        });
    for (String cluster : clusters) {
      try {
        Arn arn = Arn.tryParse(cluster);
        String name = arn == null ? cluster : arn.resourceName();
        ServiceResources.add(
            run, problems, ServiceResources.ECS_CLUSTER, cluster, name, null, Map.of());
      } catch (InputException e) {
        problems.add(
            cluster, "ECS cluster " + cluster + " " + e.getMessage() + "; it was left out");
      }
    }
  }
}
