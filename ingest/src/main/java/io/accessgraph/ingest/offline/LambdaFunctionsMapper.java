package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.databind.JsonNode;

/** Maps {@code aws lambda list-functions}: each function with its execution role. */
final class LambdaFunctionsMapper {
  private LambdaFunctionsMapper() {}

  static void map(JsonNode root, IngestRun run, FileProblems problems) {
    Pagination.check(root, InputKind.LAMBDA_FUNCTIONS, problems);
    Entities.each(
        JsonFields.array(root, "Functions"),
        "Lambda function",
        "FunctionName",
        problems,
        n ->
            ServiceResources.add(
                run,
                problems,
                ServiceResources.LAMBDA_FUNCTION,
                JsonFields.requiredText(n, "FunctionArn"),
                JsonFields.requiredText(n, "FunctionName"),
                JsonFields.requiredText(n, "Role"),
                ServiceResources.attributes(
                    "runtime", JsonFields.text(n, "Runtime"),
                    "packageType", JsonFields.text(n, "PackageType"),
                    "lastModified", JsonFields.text(n, "LastModified"))));
  }
}
