package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.databind.JsonNode;

/** Maps {@code aws codebuild batch-get-projects}: each project with its service role. */
final class CodeBuildProjectsMapper {
  private CodeBuildProjectsMapper() {}

  static void map(JsonNode root, IngestRun run, FileProblems problems) {
    Entities.each(
        JsonFields.array(root, "projects"),
        "CodeBuild project",
        "name",
        problems,
        n ->
            ServiceResources.add(
                run,
                problems,
                ServiceResources.CODEBUILD_PROJECT,
                JsonFields.requiredText(n, "arn"),
                JsonFields.requiredText(n, "name"),
                JsonFields.requiredText(n, "serviceRole"),
                ServiceResources.attributes(
                    "sourceType", JsonFields.text(JsonFields.object(n, "source"), "type"),
                    "image", JsonFields.text(JsonFields.object(n, "environment"), "image"))));
  }
}
