package io.accessgraph.ingest.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accessgraph.model.Arn;
import io.accessgraph.model.policy.PolicyDocumentParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks that the bundled demo files are what the AWS CLI would print and agree with each other,
 * independently of the offline reader, so a broken demo fails here and not in end-to-end tests.
 */
class DemoDataShapeTest {
  private static final String FOLDER = "/io/accessgraph/ingest/demo/";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Map<String, JsonNode> FILES = new LinkedHashMap<>();
  private static final Map<String, String> ACCOUNT_BY_NAME = new HashMap<>();
  private static final Set<String> DEMO_ACCOUNTS =
      Set.of(
          "111111111111",
          "222222222222",
          "333333333333",
          "444444444444",
          "555555555555",
          "666666666666");

  @BeforeAll
  static void loadEveryListedFile() {
    for (String name : indexEntries()) {
      try (InputStream in = DemoDataShapeTest.class.getResourceAsStream(FOLDER + name)) {
        assertThat(in).as("listed in index.txt but missing: %s", name).isNotNull();
        FILES.put(name, MAPPER.readTree(in));
      } catch (IOException e) {
        throw new AssertionError(name + " is not valid JSON: " + e.getMessage(), e);
      }
    }
    for (JsonNode account : FILES.get("org.json").get("accounts")) {
      ACCOUNT_BY_NAME.put(account.get("Name").asText(), account.get("Id").asText());
    }
  }

  @Test
  void indexListsEveryFileInTheFolderAndNothingElse() throws IOException {
    // The source folder, not target/classes: that one also holds the demo package's classes and
    // may keep files deleted from the sources.
    Path folder = Path.of("src/main/resources" + FOLDER);
    assertThat(folder).as("run from the ingest module directory").isDirectory();
    try (Stream<Path> files = Files.list(folder)) {
      Set<String> present =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> !n.equals("index.txt"))
              .collect(Collectors.toSet());
      assertThat(indexEntries())
          .doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(present);
    }
  }

  @Test
  void orgJsonHoldsTheSixAccountsInAConnectedTree() {
    JsonNode org = FILES.get("org.json");
    assertThat(org.get("organization").get("Id").asText()).isEqualTo("o-acme0demo1");
    assertThat(ACCOUNT_BY_NAME.values()).containsExactlyInAnyOrderElementsOf(DEMO_ACCOUNTS);
    Set<String> parents = new HashSet<>();
    org.get("roots").forEach(r -> parents.add(r.get("Id").asText()));
    org.get("organizationalUnits").forEach(ou -> parents.add(ou.get("Id").asText()));
    org.get("organizationalUnits")
        .forEach(ou -> assertThat(parents).contains(ou.get("ParentId").asText()));
    org.get("accounts").forEach(a -> assertThat(parents).contains(a.get("ParentId").asText()));
    Set<String> targets = new HashSet<>(parents);
    targets.addAll(DEMO_ACCOUNTS);
    for (JsonNode policy : org.get("policies")) {
      String name = policy.get("PolicySummary").get("Name").asText();
      assertThatCode(() -> PolicyDocumentParser.parse(policy.get("Content").asText()))
          .as("SCP %s", name)
          .doesNotThrowAnyException();
      policy.get("Targets").forEach(t -> assertThat(targets).contains(t.get("TargetId").asText()));
    }
  }

  @Test
  void iamFilesNameOnlyTheirOwnAccountAndIdsHaveAwsShapes() {
    for (Map.Entry<String, JsonNode> file : iamFiles().entrySet()) {
      String account = accountOfFile(file.getKey(), "-iam.json");
      for (String arn :
          valuesOf(file.getValue(), Set.of("Arn", "PolicyArn", "PermissionsBoundaryArn"))) {
        assertThat(Arn.parse(arn).account())
            .as("%s in %s", arn, file.getKey())
            .isIn(account, "aws");
      }
      Map<String, String> prefixes =
          Map.of(
              "UserId", "AIDA",
              "GroupId", "AGPA",
              "RoleId", "AROA",
              "PolicyId", "ANPA",
              "InstanceProfileId", "AIPA");
      prefixes.forEach(
          (field, prefix) ->
              valuesOf(file.getValue(), Set.of(field))
                  .forEach(id -> assertThat(id).as(field).startsWith(prefix).hasSize(21)));
    }
  }

  @Test
  void everyAttachedOrBoundaryPolicyIsInThePoliciesListWithMatchingCounts() {
    for (Map.Entry<String, JsonNode> file : iamFiles().entrySet()) {
      JsonNode iam = file.getValue();
      Map<String, Integer> attachments = new HashMap<>();
      Map<String, Integer> boundaries = new HashMap<>();
      for (String list : List.of("UserDetailList", "GroupDetailList", "RoleDetailList")) {
        for (JsonNode entity : iam.get(list)) {
          entity
              .get("AttachedManagedPolicies")
              .forEach(p -> attachments.merge(p.get("PolicyArn").asText(), 1, Integer::sum));
          JsonNode boundary = entity.path("PermissionsBoundary").path("PermissionsBoundaryArn");
          if (boundary.isTextual()) {
            boundaries.merge(boundary.asText(), 1, Integer::sum);
          }
        }
      }
      Map<String, JsonNode> policies = new HashMap<>();
      iam.get("Policies").forEach(p -> policies.put(p.get("Arn").asText(), p));
      assertThat(policies.keySet()).as(file.getKey()).containsAll(attachments.keySet());
      assertThat(policies.keySet()).as(file.getKey()).containsAll(boundaries.keySet());
      policies.forEach(
          (arn, p) -> {
            assertThat(p.get("AttachmentCount").asInt())
                .as(arn)
                .isEqualTo(attachments.getOrDefault(arn, 0));
            assertThat(p.get("PermissionsBoundaryUsageCount").asInt())
                .as(arn)
                .isEqualTo(boundaries.getOrDefault(arn, 0));
            List<String> defaults = new ArrayList<>();
            p.get("PolicyVersionList")
                .forEach(
                    v -> {
                      if (v.get("IsDefaultVersion").asBoolean()) {
                        defaults.add(v.get("VersionId").asText());
                      }
                    });
            assertThat(defaults).as(arn).containsExactly(p.get("DefaultVersionId").asText());
          });
    }
  }

  @Test
  void everyPolicyDocumentParsesAndBothCliAndApiEncodingsOccur() {
    List<JsonNode> documents = new ArrayList<>();
    for (JsonNode iam : iamFiles().values()) {
      iam.findValues("AssumeRolePolicyDocument").forEach(documents::add);
      iam.findValues("PolicyDocument").forEach(documents::add);
      iam.findValues("Document").forEach(documents::add);
    }
    documents.forEach(
        d ->
            assertThatCode(() -> PolicyDocumentParser.parse(d))
                .as("%.120s", d)
                .doesNotThrowAnyException());
    assertThat(documents).anyMatch(JsonNode::isObject);
    assertThat(documents).anyMatch(d -> d.isTextual() && d.asText().startsWith("%7B"));
  }

  @Test
  void instancesLiveInTheirFilesRegionAndUseInstanceProfilesOfTheirAccount() {
    for (Map.Entry<String, JsonNode> file : FILES.entrySet()) {
      if (!file.getKey().contains("-ec2-")) {
        continue;
      }
      String account = accountOfFile(file.getKey(), "-ec2-");
      String region = file.getKey().replaceAll(".*-ec2-(.*)\\.json", "$1");
      for (JsonNode reservation : file.getValue().get("Reservations")) {
        assertThat(reservation.get("OwnerId").asText()).isEqualTo(account);
        for (JsonNode instance : reservation.get("Instances")) {
          String id = instance.get("InstanceId").asText();
          assertThat(instance.at("/Placement/AvailabilityZone").asText()).as(id).startsWith(region);
          assertThat(instance.at("/MetadataOptions/HttpTokens").asText())
              .as(id)
              .isIn("optional", "required");
          JsonNode profile = instance.get("IamInstanceProfile");
          if (profile != null) {
            assertThat(instanceProfilesOf(account))
                .as("%s uses a profile its account's IAM file holds", id)
                .containsEntry(profile.get("Arn").asText(), profile.get("Id").asText());
          }
        }
      }
    }
  }

  @Test
  void credentialReportsAreBase64CsvOfTheirAccountsUsers() {
    for (Map.Entry<String, JsonNode> file : FILES.entrySet()) {
      if (!file.getKey().endsWith("-credential-report.json")) {
        continue;
      }
      String account = accountOfFile(file.getKey(), "-credential-report.json");
      String csv =
          new String(
              Base64.getDecoder().decode(file.getValue().get("Content").asText()),
              StandardCharsets.UTF_8);
      List<String> lines = csv.lines().toList();
      assertThat(lines.get(0)).startsWith("user,arn,user_creation_time,password_enabled");
      int columns = lines.get(0).split(",").length;
      lines.forEach(line -> assertThat(line.split(",", -1)).as(line).hasSize(columns));
      lines.stream()
          .skip(1)
          .forEach(line -> assertThat(Arn.parse(line.split(",")[1]).account()).isEqualTo(account));
    }
  }

  @Test
  void accessKeysNameTheirAccountAndAUserOfIt() {
    JsonNode keys = FILES.get("shared-services-access-keys.json");
    String account = keys.get("AccountId").asText();
    assertThat(account).isIn(DEMO_ACCOUNTS);
    Set<String> users =
        Set.copyOf(valuesOf(iamFiles().get(nameOf(account) + "-iam.json"), Set.of("UserName")));
    for (JsonNode key : keys.get("AccessKeyMetadata")) {
      assertThat(users).contains(key.get("UserName").asText());
      assertThat(key.get("AccessKeyId").asText()).startsWith("AKIA").hasSize(20);
      assertThat(key.get("Status").asText()).isIn("Active", "Inactive");
    }
  }

  @Test
  void theIncidentChainIsPlanted() {
    JsonNode instance = FILES.get("acme-dev-ec2-us-east-1.json").at("/Reservations/0/Instances/0");
    assertThat(instance.get("InstanceId").asText()).isEqualTo("i-0d3v0000000000001");
    assertThat(instance.at("/MetadataOptions/HttpTokens").asText()).isEqualTo("optional");
    assertThat(instance.at("/IamInstanceProfile/Arn").asText())
        .endsWith(":instance-profile/web-app-profile");
    assertThat(role("acme-dev-iam.json", "web-app-role").toString())
        .contains("arn:aws:iam::444444444444:role/deploy-role");
    JsonNode deployRole = role("acme-prod-iam.json", "deploy-role");
    assertThat(deployRole.get("AssumeRolePolicyDocument").toString())
        .contains("arn:aws:iam::555555555555:role/web-app-role");
    assertThat(deployRole.get("AttachedManagedPolicies").toString())
        .contains("arn:aws:iam::aws:policy/AdministratorAccess");
  }

  private static JsonNode role(String file, String name) {
    for (JsonNode role : FILES.get(file).get("RoleDetailList")) {
      if (role.get("RoleName").asText().equals(name)) {
        return role;
      }
    }
    throw new AssertionError("no role " + name + " in " + file);
  }

  /** Instance profile ARN to id, from the roles of the account's IAM file. */
  private static Map<String, String> instanceProfilesOf(String account) {
    Map<String, String> profiles = new HashMap<>();
    for (JsonNode role : iamFiles().get(nameOf(account) + "-iam.json").get("RoleDetailList")) {
      role.get("InstanceProfileList")
          .forEach(p -> profiles.put(p.get("Arn").asText(), p.get("InstanceProfileId").asText()));
    }
    return profiles;
  }

  private static Map<String, JsonNode> iamFiles() {
    Map<String, JsonNode> iam = new LinkedHashMap<>();
    FILES.forEach(
        (name, json) -> {
          if (name.endsWith("-iam.json")) iam.put(name, json);
        });
    assertThat(iam).hasSize(DEMO_ACCOUNTS.size());
    return iam;
  }

  /** The account a file belongs to, from the account name its file name starts with. */
  private static String accountOfFile(String file, String suffix) {
    String name = file.substring(0, file.indexOf(suffix));
    assertThat(ACCOUNT_BY_NAME).as("account named by %s", file).containsKey(name);
    return ACCOUNT_BY_NAME.get(name);
  }

  private static String nameOf(String account) {
    return ACCOUNT_BY_NAME.entrySet().stream()
        .filter(e -> e.getValue().equals(account))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no account " + account + " in org.json"));
  }

  private static List<String> valuesOf(JsonNode json, Set<String> fields) {
    List<String> values = new ArrayList<>();
    for (String field : fields) {
      json.findValues(field).forEach(v -> values.add(v.asText()));
    }
    return values;
  }

  private static List<String> indexEntries() {
    try (InputStream in = DemoDataShapeTest.class.getResourceAsStream(FOLDER + "index.txt")) {
      assertThat(in).as("index.txt").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
