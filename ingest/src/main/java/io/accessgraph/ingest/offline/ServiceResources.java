package io.accessgraph.ingest.offline;

import io.accessgraph.model.AccountIds;
import io.accessgraph.model.Arn;
import io.accessgraph.model.snapshot.ServiceResource;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds one entry of a resource listing to its account. The account and region come from the
 * resource's own ARN, so a listing may be named anything and hold entries of several accounts; the
 * kind strings are the ones the escalation methods look resources up by (docs/escalation.md).
 */
final class ServiceResources {
  static final String LAMBDA_FUNCTION = "lambda:function";
  static final String CLOUDFORMATION_STACK = "cloudformation:stack";
  static final String CODEBUILD_PROJECT = "codebuild:project";
  static final String ECS_TASK_DEFINITION = "ecs:task-definition";
  static final String ECS_SERVICE = "ecs:service";
  static final String ECS_CLUSTER = "ecs:cluster";
  static final String GLUE_DEV_ENDPOINT = "glue:devendpoint";
  static final String GLUE_JOB = "glue:job";
  static final String SAGEMAKER_NOTEBOOK = "sagemaker:notebook-instance";

  private ServiceResources() {}

  /**
   * @param roleArn the role the resource runs as, or null when it has none (a stack deployed with
   *     the caller's credentials)
   * @throws InputException when the ARN names no account or region, or the role is not a role ARN
   */
  static void add(
      IngestRun run,
      FileProblems problems,
      String kind,
      String arn,
      String name,
      String roleArn,
      Map<String, String> attributes) {
    Arn parsed = Arn.tryParse(arn);
    if (parsed == null) {
      throw new InputException("has ARN '" + arn + "', which is not an ARN");
    }
    if (!AccountIds.isAccountId(parsed.account())) {
      throw new InputException(
          "has ARN '" + arn + "', which names no 12-digit account id, so its account is unknown");
    }
    if (parsed.region().isEmpty()) {
      throw new InputException("has ARN '" + arn + "', which names no region");
    }
    checkRole(roleArn);
    run.account(parsed.account())
        .addResource(
            new ServiceResource(arn, kind, name, parsed.region(), roleArn, attributes), problems);
  }

  static void checkRole(String roleArn) {
    if (roleArn == null) {
      return;
    }
    Arn role = Arn.tryParse(roleArn);
    if (role == null || !role.service().equals("iam") || !role.resourceType().equals("role")) {
      throw new InputException(
          "runs as '"
              + roleArn
              + "', which is not an IAM role ARN (arn:aws:iam::ACCOUNT:role/...)");
    }
  }

  /** Attributes from key/value pairs; pairs whose value is null are left out. */
  static Map<String, String> attributes(String... keyValues) {
    Map<String, String> out = new TreeMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      if (keyValues[i + 1] != null) {
        out.put(keyValues[i], keyValues[i + 1]);
      }
    }
    return out;
  }
}
