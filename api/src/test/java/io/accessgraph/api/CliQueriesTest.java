package io.accessgraph.api;

import static io.accessgraph.api.query.DemoQueries.INSTANCE;
import static io.accessgraph.api.query.DemoQueries.INSTANCE_ARN;
import static io.accessgraph.api.query.DemoQueries.PROD_DEPLOY_ROLE;
import static io.accessgraph.api.query.DemoQueries.WEB_APP_ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accessgraph.api.pipeline.AccessPipeline;
import io.accessgraph.api.server.AccessGraphServer;
import io.accessgraph.api.server.ServerSettings;
import io.accessgraph.api.server.security.ApiTokens;
import io.accessgraph.ingest.demo.DemoOrganization;
import io.accessgraph.ingest.offline.OfflineSnapshotReader;
import io.accessgraph.store.GraphStore;
import io.accessgraph.store.StoreConfig;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every CLI query prints the JSON shape of issues #3/#4, and exactly what the REST API answers to
 * the same question. The CLI reaches the test's embedded Neo4j over Bolt (--neo4j-uri), as it would
 * reach an external Neo4j.
 */
class CliQueriesTest {
  static final String TOKEN = "cli-test-token-0123456789";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dataDir;
  static GraphStore store;
  static ConfigurableApplicationContext server;
  static String base;

  @BeforeAll
  static void start() {
    store = GraphStore.open(StoreConfig.fromEnvironment(dataDir, null));
    new AccessPipeline(store).ingest(new OfflineSnapshotReader().read(DemoOrganization.files()));
    server =
        AccessGraphServer.start(
            store,
            new ServerSettings(0, "127.0.0.1", dataDir),
            Map.of(ApiTokens.OPERATOR_VARIABLE, TOKEN));
    base = "http://127.0.0.1:" + ((WebServerApplicationContext) server).getWebServer().getPort();
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void escalations() throws Exception {
    JsonNode json =
        sameAsRest(
            cli("escalations", "--account", "555555555555"),
            "/api/escalations",
            "account",
            "555555555555");

    assertThat(fields(json)).containsExactly("escalations");
    JsonNode e = find(json.get("escalations"), "principal", INSTANCE_ARN);
    assertThat(fields(e)).containsExactly("principal", "target", "hops", "path");
    assertThat(fields(e.get("path").get(0))).containsExactly("from", "to", "method", "conditional");
  }

  @Test
  void blastRadius() throws Exception {
    JsonNode json =
        sameAsRest(cli("blast-radius", "--from", INSTANCE), "/api/blast-radius", "from", INSTANCE);

    assertThat(fields(json)).startsWith("source", "reachable", "accounts", "permissions");
    assertThat(json.get("source").asText()).isEqualTo(INSTANCE_ARN);
    JsonNode deploy = find(json.get("reachable"), "arn", PROD_DEPLOY_ROLE);
    assertThat(fields(deploy)).contains("arn", "account", "admin", "hops", "path");
    assertThat(deploy.get("admin").asBoolean()).isTrue();
    assertThat(fields(json.get("accounts").get(0))).containsExactly("id", "admin");
    assertThat(json.get("permissions").has("s3")).isTrue();
  }

  @Test
  void whoCanReach() throws Exception {
    JsonNode json =
        sameAsRest(
            cli("who-can-reach", "--admin-of", "444444444444"),
            "/api/who-can-reach",
            "adminOf",
            "444444444444");

    assertThat(json.get("target").asText()).isEqualTo("admin-of:444444444444");
    assertThat(find(json.get("reaching"), "arn", INSTANCE_ARN)).isNotNull();
    sameAsRest(
        cli("who-can-reach", "--to", PROD_DEPLOY_ROLE),
        "/api/who-can-reach",
        "to",
        PROD_DEPLOY_ROLE);
  }

  @Test
  void paths() throws Exception {
    JsonNode json =
        sameAsRest(
            cli("paths", "--from", INSTANCE, "--to", PROD_DEPLOY_ROLE, "--k", "2"),
            "/api/paths",
            "from",
            INSTANCE,
            "to",
            PROD_DEPLOY_ROLE,
            "k",
            "2");

    assertThat(json.get("paths").get(0).get("hops").asInt()).isEqualTo(2);
  }

  @Test
  void findings() throws Exception {
    JsonNode json =
        sameAsRest(
            cli("findings", "--account", "444444444444"),
            "/api/findings",
            "account",
            "444444444444");

    assertThat(fields(json)).containsExactly("findings");
    assertThat(json.get("findings")).isNotEmpty();
    assertThat(json.get("findings"))
        .allSatisfy(f -> assertThat(f.get("account").asText()).isEqualTo("444444444444"));
    assertThat(fields(json.get("findings").get(0)))
        .contains("id", "type", "severity", "resource", "account", "title", "evidence");
  }

  @Test
  void can() throws Exception {
    JsonNode json =
        sameAsRest(
            cli(
                "can",
                "--principal",
                WEB_APP_ROLE,
                "--action",
                "sts:AssumeRole",
                "--resource",
                PROD_DEPLOY_ROLE,
                "--context",
                "aws:SourceIp=203.0.113.7"),
            "/api/can",
            "principal",
            WEB_APP_ROLE,
            "action",
            "sts:AssumeRole",
            "resource",
            PROD_DEPLOY_ROLE,
            "context",
            "aws:SourceIp=203.0.113.7");

    assertThat(fields(json)).startsWith("decision", "evidence", "conditions");
    assertThat(json.get("decision").asText()).isEqualTo("ALLOW");
  }

  @Test
  void admins() throws Exception {
    JsonNode json =
        sameAsRest(
            cli("admins", "--account", "444444444444"), "/api/admins", "account", "444444444444");

    assertThat(fields(json)).containsExactly("admins");
    assertThat(fields(find(json.get("admins"), "principal", PROD_DEPLOY_ROLE)))
        .containsExactly("principal", "account", "evidence");
  }

  @Test
  void permissions() throws Exception {
    JsonNode json =
        sameAsRest(
            cli("permissions", "--principal", WEB_APP_ROLE),
            "/api/permissions",
            "principal",
            WEB_APP_ROLE);

    assertThat(json.get("principal").asText()).isEqualTo(WEB_APP_ROLE);
    assertThat(json.get("services")).isNotEmpty();
  }

  @Test
  void tablesAreForPeopleAndBadInputIsOneLine() {
    CliRunner.Result table = CliRunner.run(args("escalations", "--format", "table"));
    CliRunner.Result bad = CliRunner.run(args("blast-radius", "--from", "role/admin"));
    CliRunner.Result limit =
        CliRunner.run(args("blast-radius", "--from", INSTANCE, "--max-hops", "99"));

    assertThat(table.exitCode()).as(table.err()).isZero();
    assertThat(table.out())
        .startsWith("HOPS")
        .contains("PRINCIPAL", "ADMIN REACHED", "escalation path(s)");
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains("is not an ARN").doesNotContain("at io.");
    assertThat(limit.err()).contains("maxHops must be between 1 and 16, was 99");
  }

  private static String[] args(String... query) {
    List<String> all = new ArrayList<>(List.of("query"));
    all.addAll(List.of(query));
    all.addAll(List.of("--neo4j-uri", store.boltUri()));
    return all.toArray(String[]::new);
  }

  private static JsonNode cli(String... query) throws Exception {
    List<String> all = new ArrayList<>(List.of(args(query)));
    all.addAll(List.of("--format", "json"));
    CliRunner.Result result = CliRunner.run(all.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.err()).isZero();
    return JSON.readTree(result.out());
  }

  private static JsonNode sameAsRest(JsonNode cli, String path, String... params) throws Exception {
    StringBuilder url = new StringBuilder(base + path);
    for (int i = 0; i < params.length; i += 2) {
      url.append(i == 0 ? '?' : '&')
          .append(params[i])
          .append('=')
          .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
    }
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url.toString()))
                    .header("Authorization", "Bearer " + TOKEN)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(JSON.readTree(response.body())).isEqualTo(cli);
    return cli;
  }

  private static List<String> fields(JsonNode node) {
    List<String> out = new ArrayList<>();
    Iterator<String> names = node.fieldNames();
    names.forEachRemaining(out::add);
    return out;
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (n.get(field).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("no element with " + field + " = " + value + " in " + array);
  }
}
