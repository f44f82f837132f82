package io.accessgraph.ingest.offline;

/**
 * The kinds of file the offline reader understands, in the order they are applied: credential facts
 * attach to users, so the files naming users come first.
 */
enum InputKind {
  AUTHORIZATION_DETAILS("aws iam get-account-authorization-details"),
  EC2_INSTANCES("aws ec2 describe-instances"),
  OIDC_PROVIDERS("aws iam list-open-id-connect-providers"),
  SAML_PROVIDERS("aws iam list-saml-providers"),
  ORGANIZATION("org.json ({\"organization\": ..., \"roots\": ..., \"accounts\": ...})"),
  ACCESS_KEYS("aws iam list-access-keys"),
  CREDENTIAL_REPORT("aws iam get-credential-report"),
  LAMBDA_FUNCTIONS("aws lambda list-functions"),
  CLOUDFORMATION_STACKS("aws cloudformation describe-stacks"),
  CODEBUILD_PROJECTS("aws codebuild batch-get-projects"),
  ECS_TASKS(
      "{\"taskDefinitions\": [aws ecs describe-task-definition ...], \"services\": [aws ecs"
          + " describe-services ...]}"),
  GLUE_RESOURCES(
      "aws glue get-dev-endpoints, aws glue get-jobs (or {\"DevEndpoints\": [...], \"Jobs\":"
          + " [...]})"),
  SAGEMAKER_NOTEBOOKS("{\"NotebookInstances\": [aws sagemaker describe-notebook-instance ...]}");

  private final String producedBy;

  InputKind(String producedBy) {
    this.producedBy = producedBy;
  }

  /** The command (or shape) that produces this kind of file, for messages. */
  String producedBy() {
    return producedBy;
  }
}
