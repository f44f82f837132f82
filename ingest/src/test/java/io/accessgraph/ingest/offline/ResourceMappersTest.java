package io.accessgraph.ingest.offline;

import static io.accessgraph.ingest.offline.Fixtures.APP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.accessgraph.model.snapshot.IngestProblem;
import io.accessgraph.model.snapshot.ServiceResource;
import io.accessgraph.model.snapshot.Snapshot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceMappersTest {
  private static final String DIR = "resources/" + APP + "-";
  private static final String ROLE = "arn:aws:iam::" + APP + ":role/";

  @Test
  void lambdaFunctionsWithTheirRolesAndABadEntryReported() {
    Snapshot s = Fixtures.readFixtures(DIR + "lambda-us-east-1.json");
    assertThat(resources(s))
        .extracting(ServiceResource::name, ServiceResource::kind, ServiceResource::roleArn)
        .containsExactly(
            tuple("image-resizer", "lambda:function", ROLE + "service-role/resizer"),
            tuple("report-builder", "lambda:function", ROLE + "deploy-role"));
    ServiceResource f = resources(s).get(1);
    assertThat(f.arn()).isEqualTo("arn:aws:lambda:us-east-1:" + APP + ":function:report-builder");
    assertThat(f.region()).isEqualTo("us-east-1");
    assertThat(f.attributes())
        .isEqualTo(
            Map.of(
                "runtime", "python3.12",
                "packageType", "Zip",
                "lastModified", "2024-04-10T12:00:00.000+0000"));
    assertThat(s.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo(DIR + "lambda-us-east-1.json");
              assertThat(p.entity()).isEqualTo("broken");
              assertThat(p.message())
                  .contains("Lambda function 'broken'", "'deploy-role'", "not an IAM role ARN")
                  .endsWith("was left out");
            });
  }

  @Test
  void stacksKeepTheirRoleOrNone() {
    Snapshot s = Fixtures.readFixtures(DIR + "cloudformation-us-east-1.json");
    assertThat(s.problems()).isEmpty();
    assertThat(resources(s))
        .extracting(
            ServiceResource::name, ServiceResource::roleArn, r -> r.attributes().get("status"))
        .containsExactlyInAnyOrder(
            tuple("prod-network", ROLE + "deploy-role", "CREATE_COMPLETE"),
            tuple("bootstrap", null, "UPDATE_COMPLETE"));
    assertThat(resources(s))
        .allSatisfy(r -> assertThat(r.kind()).isEqualTo("cloudformation:stack"));
  }

  @Test
  void codeBuildProjectWithoutServiceRoleIsReported() {
    Snapshot s = Fixtures.readFixtures(DIR + "codebuild-us-east-1.json");
    assertThat(resources(s))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo("codebuild:project");
              assertThat(p.name()).isEqualTo("prod-release");
              assertThat(p.roleArn()).isEqualTo(ROLE + "deploy-role");
              assertThat(p.attributes())
                  .containsEntry("sourceType", "CODEPIPELINE")
                  .containsEntry("image", "aws/codebuild/standard:7.0");
            });
    assertThat(Fixtures.messages(s))
        .singleElement()
        .asString()
        .contains("CodeBuild project 'no-role' has no serviceRole");
  }

  @Test
  void ecsTaskDefinitionsServicesAndTheirClusters() {
    Snapshot s = Fixtures.readFixtures(DIR + "ecs-us-east-1.json");
    assertThat(s.problems()).isEmpty();
    assertThat(resources(s))
        .extracting(ServiceResource::kind, ServiceResource::name, ServiceResource::roleArn)
        .containsExactlyInAnyOrder(
            tuple("ecs:task-definition", "api", ROLE + "api-task"),
            tuple("ecs:service", "api", ROLE + "api-task"),
            // its revision is not in the file, so the role its tasks run as is unknown
            tuple("ecs:service", "legacy", null),
            tuple("ecs:cluster", "prod", null));
    ServiceResource taskDefinition =
        resources(s).stream().filter(r -> r.kind().equals("ecs:task-definition")).findFirst().get();
    assertThat(taskDefinition.attributes())
        .containsEntry("revision", "7")
        .containsEntry("executionRoleArn", ROLE + "ecsTaskExecutionRole");
  }

  @Test
  void glueArnsAreBuiltFromRoleZoneAndFileName() {
    Snapshot s = Fixtures.readFixtures(DIR + "glue-eu-west-1.json");
    assertThat(s.problems()).isEmpty();
    assertThat(resources(s))
        .extracting(ServiceResource::arn, ServiceResource::kind, ServiceResource::roleArn)
        .containsExactly(
            tuple(
                "arn:aws:glue:eu-west-1:" + APP + ":devEndpoint/notebook-dev",
                "glue:devendpoint",
                ROLE + "glue-dev"),
            tuple("arn:aws:glue:eu-west-1:" + APP + ":job/by-name", "glue:job", ROLE + "glue-jobs"),
            tuple(
                "arn:aws:glue:eu-west-1:" + APP + ":job/nightly-etl",
                "glue:job",
                ROLE + "deploy-role"));
  }

  @Test
  void glueJobsWithoutRegionInContentOrNameAreReported() {
    Snapshot s =
        Fixtures.read(
            Fixtures.json(
                "jobs.json",
                "{\"Jobs\": [{\"Name\": \"etl\", \"Role\": \"arn:aws:iam::"
                    + APP
                    + ":role/r\", \"Command\": {\"Name\": \"glueetl\"}}]}"));
    assertThat(s.accounts()).isEmpty();
    assertThat(Fixtures.messages(s))
        .singleElement()
        .asString()
        .contains("jobs.json", "Glue job 'etl' has no region", "<account>-glue-<region>.json");
  }

  @Test
  void notebooksNeedTheirRole() {
    Snapshot s = Fixtures.readFixtures(DIR + "sagemaker-us-east-1.json");
    assertThat(resources(s))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo("sagemaker:notebook-instance");
              assertThat(n.name()).isEqualTo("analytics");
              assertThat(n.roleArn()).isEqualTo(ROLE + "deploy-role");
              assertThat(n.attributes()).containsEntry("rootAccess", "Enabled");
            });
    IngestProblem p = s.problems().get(0);
    assertThat(s.problems()).hasSize(1);
    assertThat(p.entity()).isEqualTo("listed-only");
    assertThat(p.message()).contains("has no RoleArn", "describe-notebook-instance");
  }

  @Test
  void resourceArnWithoutAccountIsReported() {
    Snapshot s =
        Fixtures.read(
            Fixtures.json(
                "f.json",
                "{\"Functions\": [{\"FunctionName\": \"x\", \"FunctionArn\":"
                    + " \"arn:aws:lambda:us-east-1::function:x\", \"Role\": \"arn:aws:iam::"
                    + APP
                    + ":role/r\"}]}"));
    assertThat(s.accounts()).isEmpty();
    assertThat(Fixtures.messages(s))
        .singleElement()
        .asString()
        .contains("names no 12-digit account");
  }

  @Test
  void theSameFunctionInTwoDifferentCopiesIsReported() {
    String fn =
        "{\"Functions\": [{\"FunctionName\": \"x\", \"FunctionArn\":"
            + " \"arn:aws:lambda:us-east-1:"
            + APP
            + ":function:x\", \"Role\": \"arn:aws:iam::"
            + APP
            + ":role/%s\"}]}";
    Snapshot s =
        Fixtures.read(
            Fixtures.json("a.json", String.format(fn, "one")),
            Fixtures.json("b.json", String.format(fn, "two")));
    assertThat(resources(s))
        .singleElement()
        .extracting(ServiceResource::roleArn)
        .isEqualTo(ROLE + "two");
    assertThat(Fixtures.messages(s)).singleElement().asString().contains("more than one file");
  }

  @Test
  void allResourceFilesOfOneAccountMerge() {
    Snapshot s = new OfflineSnapshotReader().read(Fixtures.dir("resources"));
    assertThat(s.accounts()).containsOnlyKeys(APP);
    assertThat(resources(s)).hasSize(13);
    assertThat(resources(s)).extracting(ServiceResource::arn).isSorted();
  }

  @Test
  void detectsEachResourceFileAndHintsAtListProjects() {
    assertThat(kind("{\"Functions\": []}")).isEqualTo(InputKind.LAMBDA_FUNCTIONS);
    assertThat(kind("{\"Stacks\": []}")).isEqualTo(InputKind.CLOUDFORMATION_STACKS);
    assertThat(kind("{\"projects\": [{}]}")).isEqualTo(InputKind.CODEBUILD_PROJECTS);
    assertThat(kind("{\"taskDefinitions\": [], \"services\": []}")).isEqualTo(InputKind.ECS_TASKS);
    assertThat(kind("{\"services\": [{}], \"failures\": []}")).isEqualTo(InputKind.ECS_TASKS);
    assertThat(kind("{\"DevEndpoints\": [], \"Jobs\": []}")).isEqualTo(InputKind.GLUE_RESOURCES);
    assertThat(kind("{\"Jobs\": [{}]}")).isEqualTo(InputKind.GLUE_RESOURCES);
    assertThat(kind("{\"NotebookInstances\": []}")).isEqualTo(InputKind.SAGEMAKER_NOTEBOOKS);
    Snapshot s = Fixtures.readFixtures("bad/codebuild-list-projects.json");
    assertThat(Fixtures.messages(s))
        .singleElement()
        .asString()
        .contains("unrecognised file", "list-projects", "batch-get-projects");
  }

  private static InputKind kind(String json) {
    try {
      return InputDetector.detect(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json))
          .orElse(null);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<ServiceResource> resources(Snapshot s) {
    return s.accounts().values().stream().flatMap(a -> a.resources().stream()).toList();
  }
}
