package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Maps {@code aws cloudformation describe-stacks}. A stack without RoleARN deploys with the
 * credentials of whoever updates it, so it is kept without a role: it takes nobody anywhere.
 */
final class CloudFormationStacksMapper {
  private CloudFormationStacksMapper() {}

  static void map(JsonNode root, IngestRun run, FileProblems problems) {
    Pagination.check(root, InputKind.CLOUDFORMATION_STACKS, problems);
    Entities.each(
        JsonFields.array(root, "Stacks"),
        "CloudFormation stack",
        "StackName",
        problems,
        n ->
            ServiceResources.add(
                run,
                problems,
                ServiceResources.CLOUDFORMATION_STACK,
                JsonFields.requiredText(n, "StackId"),
                JsonFields.requiredText(n, "StackName"),
                JsonFields.text(n, "RoleARN"),
                ServiceResources.attributes(
                    "status", JsonFields.text(n, "StackStatus"),
                    "creationTime", JsonFields.text(n, "CreationTime"))));
  }
}
