package io.accessgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The foundation's acceptance path through the real command line, embedded Neo4j and analysis:
 * ingest a directory of AWS CLI outputs, then find the EC2 → instance role → cross-account admin
 * role path.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliEndToEndTest {
  private static final String INSTANCE = "i-0d3v0000000000001";
  private static final String INSTANCE_ARN =
      "arn:aws:ec2:us-east-1:555555555555:instance/" + INSTANCE;
  private static final String WEB_APP_ROLE = "arn:aws:iam::555555555555:role/web-app-role";
  private static final String PROD_DEPLOY_ROLE = "arn:aws:iam::444444444444:role/deploy-role";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path work;
  static Path dataDir;
  static Path input;

  @BeforeAll
  static void exportDemo() throws Exception {
    dataDir = work.resolve("data");
    input = DemoFiles.writeTo(work.resolve("input"));
  }

  @Test
  @Order(1)
  void ingestLoadsEveryAccountAndAnalyzes() {
    CliRunner.Result result = ingest(input);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("111111111111", "222222222222", "333333333333", "444444444444")
        .contains("555555555555", "666666666666")
        .contains("organization o-acme0demo1")
        .containsPattern("analysis: \\d+ nodes, \\d+ edges");
  }

  @Test
  @Order(2)
  void findsTheCrossAccountPathFromTheInstanceToTheProdAdminRole() throws Exception {
    JsonNode result = pathsJson(INSTANCE, PROD_DEPLOY_ROLE);

    assertThat(result.get("from").asText()).isEqualTo(INSTANCE_ARN);
    JsonNode first = result.get("paths").get(0);
    assertThat(first.get("hops").asInt()).isEqualTo(2);
    assertThat(edges(first))
        .containsExactly(
            INSTANCE_ARN + " -RUNS_AS/ec2-instance-role-> " + WEB_APP_ROLE,
            WEB_APP_ROLE + " -CAN_ASSUME/sts-001-> " + PROD_DEPLOY_ROLE);
    assertThat(first.get("edges").get(1).get("evidence").toString()).contains("sts:AssumeRole");
  }

  @Test
  @Order(3)
  void reingestingTheSameInputIsIdempotent() throws Exception {
    String before = pathsJson(INSTANCE, PROD_DEPLOY_ROLE).toString();
    String firstSummary = ingest(input).out();

    CliRunner.Result again = ingest(input);

    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).isEqualTo(firstSummary);
    assertThat(pathsJson(INSTANCE, PROD_DEPLOY_ROLE).toString()).isEqualTo(before);
  }

  @Test
  @Order(4)
  void anUnknownNodeIsAClearErrorNotAStackTrace() {
    CliRunner.Result result =
        CliRunner.run(
            "query",
            "paths",
            "--from",
            "i-doesnotexist",
            "--to",
            PROD_DEPLOY_ROLE,
            "--data-dir",
            dataDir.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("i-doesnotexist").doesNotContain("at io.accessgraph");
  }

  @Test
  @Order(5)
  void aDirectoryWithNothingIngestibleFailsNamingTheFiles() throws Exception {
    Path bad = Files.createDirectories(work.resolve("bad"));
    Files.writeString(bad.resolve("truncated.json"), "{\"UserDetailList\": [");
    Files.writeString(bad.resolve("notes.txt"), "hello");

    CliRunner.Result result = ingest(bad);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("truncated.json", "notes.txt", "nothing could be ingested");
    assertThat(pathsJson(INSTANCE, PROD_DEPLOY_ROLE).get("paths")).isNotEmpty();
  }

  private static CliRunner.Result ingest(Path from) {
    return CliRunner.run("ingest", "--from", from.toString(), "--data-dir", dataDir.toString());
  }

  private static JsonNode pathsJson(String from, String to) throws Exception {
    CliRunner.Result result =
        CliRunner.run(
            "query",
            "paths",
            "--from",
            from,
            "--to",
            to,
            "--format",
            "json",
            "--data-dir",
            dataDir.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    return JSON.readTree(result.out());
  }

  private static List<String> edges(JsonNode path) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : path.get("edges")) {
      out.add(
          e.get("from").asText()
              + " -"
              + e.get("kind").asText()
              + "/"
              + e.get("method").asText()
              + "-> "
              + e.get("to").asText());
    }
    return out;
  }
}
