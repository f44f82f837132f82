package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.databind.JsonNode;
import io.accessgraph.model.Arn;

/**
 * Maps {"DevEndpoints": [...], "Jobs": [...]} ({@code aws glue get-dev-endpoints}, {@code
 * get-jobs}). Glue prints no ARNs, so they are built as IAM spells them ({@code
 * arn:aws:glue:REGION:ACCOUNT:devEndpoint/NAME}, {@code job/NAME}): the account from the role ARN,
 * the region from a dev endpoint's availability zone, else from the collector's file name; a job's
 * role given as a bare name is resolved in the file name's account.
 */
final class GlueMapper {
  private GlueMapper() {}

  static void map(JsonNode root, IngestRun run, FileProblems problems) {
    Pagination.check(root, InputKind.GLUE_RESOURCES, problems);
    CollectorFileName file = CollectorFileName.of(problems.source());
    Entities.each(
        JsonFields.array(root, "DevEndpoints"),
        "Glue dev endpoint",
        "EndpointName",
        problems,
        n -> {
          String name = JsonFields.requiredText(n, "EndpointName");
          String role = roleArn(JsonFields.requiredText(n, "RoleArn"), file);
          String region =
              Regions.fromAvailabilityZone(JsonFields.text(n, "AvailabilityZone"))
                  .orElse(file.region());
          ServiceResources.add(
              run,
              problems,
              ServiceResources.GLUE_DEV_ENDPOINT,
              arn(region, role, "devEndpoint/" + name),
              name,
              role,
              ServiceResources.attributes(
                  "status", JsonFields.text(n, "Status"),
                  "glueVersion", JsonFields.text(n, "GlueVersion")));
        });
    Entities.each(
        JsonFields.array(root, "Jobs"),
        "Glue job",
        "Name",
        problems,
        n -> {
          String name = JsonFields.requiredText(n, "Name");
          String role = roleArn(JsonFields.requiredText(n, "Role"), file);
          ServiceResources.add(
              run,
              problems,
              ServiceResources.GLUE_JOB,
              arn(file.region(), role, "job/" + name),
              name,
              role,
              ServiceResources.attributes(
                  "command", JsonFields.text(JsonFields.object(n, "Command"), "Name"),
                  "glueVersion", JsonFields.text(n, "GlueVersion")));
        });
  }

  private static String roleArn(String role, CollectorFileName file) {
    if (role.startsWith("arn:")) {
      ServiceResources.checkRole(role);
      return role;
    }
    if (file.accountId() == null) {
      throw new InputException(
          "runs as role '"
              + role
              + "' given by name, and the file name holds no account id to resolve it"
              + " (name the file <account>-glue-<region>.json as the collector does)");
    }
    return "arn:aws:iam::" + file.accountId() + ":role/" + role;
  }

  private static String arn(String region, String roleArn, String resource) {
    if (region == null) {
      throw new InputException(
          "has no region: Glue output holds none, and the file name holds none either"
              + " (name the file <account>-glue-<region>.json as the collector does)");
    }
    Arn role = Arn.parse(roleArn);
    return "arn:" + role.partition() + ":glue:" + region + ":" + role.account() + ":" + resource;
  }
}
