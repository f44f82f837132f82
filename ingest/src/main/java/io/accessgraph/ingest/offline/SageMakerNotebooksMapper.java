package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Maps {"NotebookInstances": [describe-notebook-instance ...]}. {@code aws sagemaker
 * list-notebook-instances} prints the same key without RoleArn; its entries are reported rather
 * than kept, since a notebook whose role is unknown cannot be judged.
 */
final class SageMakerNotebooksMapper {
  private SageMakerNotebooksMapper() {}

  static void map(JsonNode root, IngestRun run, FileProblems problems) {
    Pagination.check(root, InputKind.SAGEMAKER_NOTEBOOKS, problems);
    Entities.each(
        JsonFields.array(root, "NotebookInstances"),
        "SageMaker notebook instance",
        "NotebookInstanceName",
        problems,
        n -> {
          if (JsonFields.text(n, "RoleArn") == null) {
            throw new InputException(
                "has no RoleArn (list-notebook-instances output; write `aws sagemaker"
                    + " describe-notebook-instance` of each into {\"NotebookInstances\": [...]})");
          }
          ServiceResources.add(
              run,
              problems,
              ServiceResources.SAGEMAKER_NOTEBOOK,
              JsonFields.requiredText(n, "NotebookInstanceArn"),
              JsonFields.requiredText(n, "NotebookInstanceName"),
              JsonFields.text(n, "RoleArn"),
              ServiceResources.attributes(
                  "status", JsonFields.text(n, "NotebookInstanceStatus"),
                  "instanceType", JsonFields.text(n, "InstanceType"),
                  "rootAccess", JsonFields.text(n, "RootAccess"),
                  "directInternetAccess", JsonFields.text(n, "DirectInternetAccess")));
        });
  }
}
