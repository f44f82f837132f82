package io.accessgraph.api.server;

import static io.accessgraph.api.query.DemoQueries.INSTANCE;
import static io.accessgraph.api.query.DemoQueries.PROD_DEPLOY_ROLE;
import static io.accessgraph.api.query.DemoQueries.WEB_APP_ROLE;
import static io.accessgraph.api.server.RestClient.query;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accessgraph.api.DemoFiles;
import io.accessgraph.api.pipeline.AccessPipeline;
import io.accessgraph.api.server.security.ApiTokens;
import io.accessgraph.ingest.demo.DemoOrganization;
import io.accessgraph.ingest.offline.OfflineSnapshotReader;
import io.accessgraph.store.GraphStore;
import io.accessgraph.store.StoreConfig;
import io.accessgraph.store.StoreCounts;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The REST API end to end over embedded Neo4j with the demo organization: authentication and roles,
 * every endpoint, bad and hostile input, the OpenAPI document and a background ingest.
 */
class ApiFullStackTest {
  static final String OPERATOR = "operator-token-0123456789";
  static final String READER = "reader-token-0123456789";
  static final ObjectMapper JSON = new ObjectMapper();

  /** Every GET endpoint with valid parameters. */
  static final List<String[]> ENDPOINTS =
      List.of(
          new String[] {
            "/api/paths", "from", INSTANCE, "to", PROD_DEPLOY_ROLE, "k", "2", "maxHops", "8"
          },
          new String[] {"/api/blast-radius", "from", INSTANCE, "maxHops", "8"},
          new String[] {"/api/who-can-reach", "to", PROD_DEPLOY_ROLE},
          new String[] {"/api/who-can-reach", "adminOf", "444444444444"},
          new String[] {"/api/escalations", "account", "555555555555", "ou", "ou-acme-workloads"},
          new String[] {
            "/api/findings", "severity", "HIGH", "type", "ADMIN", "account", "444444444444"
          },
          new String[] {
            "/api/can",
            "principal",
            WEB_APP_ROLE,
            "action",
            "sts:AssumeRole",
            "resource",
            PROD_DEPLOY_ROLE,
            "context",
            "aws:SourceIp=203.0.113.7"
          },
          new String[] {"/api/admins", "account", "444444444444"},
          new String[] {"/api/permissions", "principal", WEB_APP_ROLE},
          new String[] {"/api/organization"},
          new String[] {"/api/search", "q", "deploy", "page", "0", "size", "10"},
          new String[] {"/api/node", "id", WEB_APP_ROLE, "page", "0", "size", "10"},
          new String[] {"/api/graph"},
          new String[] {"/api/graph/node", "id", WEB_APP_ROLE, "depth", "2"},
          new String[] {"/api/graph/paths", "from", INSTANCE, "to", PROD_DEPLOY_ROLE},
          new String[] {"/api/graph/blast-radius", "from", INSTANCE},
          new String[] {"/api/ingest-runs"});

  static final String[] HOSTILE = {
    "' OR 1=1 //",
    "\"}) MATCH (n) DETACH DELETE n //",
    "arn:aws:iam::444444444444:role/x'}) MATCH (n) DETACH DELETE n //",
    "i-1'})-[r]-() DELETE r //",
    "444444444444' OR '1'='1",
    "%00",
    "\u0000\u202e",
    "-1",
    "99999999999999999999",
    "-2147483649",
    "x".repeat(5_000)
  };

  @TempDir static Path dataDir;
  @TempDir static Path work;
  static GraphStore store;
  static ConfigurableApplicationContext server;
  static RestClient rest;

  @BeforeAll
  static void start() throws Exception {
    store = GraphStore.open(StoreConfig.fromEnvironment(dataDir, null));
    new AccessPipeline(store).ingest(new OfflineSnapshotReader().read(DemoOrganization.files()));
    server =
        AccessGraphServer.start(
            store,
            new ServerSettings(0, "127.0.0.1", dataDir),
            Map.of(ApiTokens.OPERATOR_VARIABLE, OPERATOR, ApiTokens.READER_VARIABLE, READER));
    int port = ((WebServerApplicationContext) server).getWebServer().getPort();
    rest = new RestClient("http://127.0.0.1:" + port);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void everyEndpointAnswersAReaderAndRefusesNoOrAWrongToken() throws Exception {
    for (String[] e : ENDPOINTS) {
      String url = query(e[0], rest(e));
      HttpResponse<String> ok = rest.get(url, READER);
      HttpResponse<String> none = rest.get(url, null);
      HttpResponse<String> wrong = rest.get(url, READER + "x");

      assertThat(ok.statusCode()).as(url + " " + ok.body()).isEqualTo(200);
      assertThat(ok.headers().firstValue("Content-Type"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
      assertThat(none.statusCode()).as(url).isEqualTo(401);
      assertThat(wrong.statusCode()).as(url).isEqualTo(401);
      assertThat(none.headers().firstValue("Content-Type"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    }
  }

  @Test
  void aReaderCannotStartAnIngest() throws Exception {
    HttpResponse<String> response =
        rest.post("/api/ingest-runs", "{\"source\":\"offline\",\"dir\":\"/tmp\"}", READER);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(response.body()).contains("needs an operator token");
  }

  @Test
  void hostileStringsInEveryParameterNeitherFailNorChangeTheGraph() throws Exception {
    StoreCounts before = store.counts();
    List<String> failures = new ArrayList<>();
    for (String[] e : ENDPOINTS) {
      for (int i = 1; i < e.length; i += 2) {
        for (String hostile : HOSTILE) {
          String[] params = rest(e);
          params[i] = hostile;
          HttpResponse<String> r = rest.get(query(e[0], params), OPERATOR);
          if (r.statusCode() >= 500 || (r.statusCode() >= 400 && !isProblem(r))) {
            failures.add(
                e[0]
                    + " "
                    + e[i]
                    + "="
                    + hostile.substring(0, Math.min(40, hostile.length()))
                    + " -> "
                    + r.statusCode());
          }
        }
      }
    }
    StoreCounts after = store.counts();

    assertThat(failures).isEmpty();
    assertThat(after.nodes()).isEqualTo(before.nodes());
    assertThat(after.relationships()).isEqualTo(before.relationships());
  }

  @Test
  void randomAndMalformedNodeKeysAre400sOr404sThatSayWhatWasExpected() throws Exception {
    Random random = new Random(42);
    for (int n = 0; n < 100; n++) {
      String key = randomKey(random);
      HttpResponse<String> r = rest.get(query("/api/blast-radius", "from", key), READER);

      assertThat(r.statusCode()).as(key).isIn(400, 404);
      assertThat(isProblem(r)).as(key).isTrue();
    }
    HttpResponse<String> malformed = rest.get(query("/api/node", "id", "arn:aws:iam::1"), READER);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(malformed.body()).get("detail").asText())
        .contains("is not an ARN (arn:aws:iam::123456789012:role/NAME)");
    HttpResponse<String> unknown =
        rest.get(query("/api/node", "id", "arn:aws:iam::444444444444:role/nobody"), READER);
    assertThat(unknown.statusCode()).isEqualTo(404);
  }

  @Test
  void limitsAre400sNamingTheLimit() throws Exception {
    Map<String, String[]> cases =
        Map.of(
            "k", new String[] {"/api/paths", "from", INSTANCE, "to", PROD_DEPLOY_ROLE, "k", "21"},
            "maxHops", new String[] {"/api/blast-radius", "from", INSTANCE, "maxHops", "1000"},
            "size", new String[] {"/api/search", "q", "deploy", "size", "100000"},
            "page", new String[] {"/api/node", "id", WEB_APP_ROLE, "page", "-1"},
            "depth", new String[] {"/api/graph/node", "id", WEB_APP_ROLE, "depth", "50"});
    for (var c : cases.entrySet()) {
      String[] e = c.getValue();
      HttpResponse<String> r = rest.get(query(e[0], rest(e)), READER);

      assertThat(r.statusCode()).as(c.getKey()).isEqualTo(400);
      assertThat(JSON.readTree(r.body()).get("limit").asText()).isEqualTo(c.getKey());
    }
  }

  @Test
  void theOpenApiDocumentListsEveryEndpointAndSwaggerUiIsServed() throws Exception {
    HttpResponse<String> doc = rest.get("/v3/api-docs", null);
    HttpResponse<String> ui = rest.get("/swagger-ui/index.html", null);

    assertThat(doc.statusCode()).isEqualTo(200);
    JsonNode paths = JSON.readTree(doc.body()).get("paths");
    for (String[] e : ENDPOINTS) {
      assertThat(paths.has(e[0])).as(e[0]).isTrue();
    }
    assertThat(paths.has("/api/health")).isTrue();
    assertThat(paths.get("/api/ingest-runs").has("post")).isTrue();
    assertThat(paths.has("/api/ingest-runs/{id}")).isTrue();
    assertThat(JSON.readTree(doc.body()).at("/components/securitySchemes/bearer/scheme").asText())
        .isEqualTo("bearer");
    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(ui.body()).doesNotContain("<script>");
    assertThat(ui.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            v ->
                assertThat(v)
                    .contains("script-src 'self';", "style-src 'self' 'unsafe-inline';")
                    .doesNotContain("unsafe-eval"));
    assertThat(rest.get("/api/health", null).headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(v -> assertThat(v).doesNotContain("unsafe"));
  }

  @Test
  void anOperatorRunsAnOfflineIngestInTheBackground() throws Exception {
    Path input = DemoFiles.writeTo(work.resolve("input"));

    HttpResponse<String> started =
        rest.post(
            "/api/ingest-runs",
            JSON.writeValueAsString(Map.of("source", "offline", "dir", input.toString())),
            OPERATOR);

    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String location = started.headers().firstValue("Location").orElseThrow();
    JsonNode run = JSON.readTree(started.body());
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (!run.get("state").asText().matches("SUCCEEDED|FAILED")
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
      run = JSON.readTree(rest.get(location, READER).body());
    }
    assertThat(run.get("state").asText()).as(run.toString()).isEqualTo("SUCCEEDED");
    assertThat(run.get("phase").asText()).isEqualTo("done");
    assertThat(run.get("accounts")).hasSize(6);
    assertThat(run.get("accounts"))
        .allSatisfy(a -> assertThat(a.get("written").asBoolean()).isTrue());
    assertThat(run.get("accountsDone").asInt()).isEqualTo(run.get("accountsTotal").asInt());
    JsonNode list = JSON.readTree(rest.get("/api/ingest-runs", READER).body());
    assertThat(list.get(0).get("id").asText()).isEqualTo(run.get("id").asText());
    assertThat(
            rest.get(query("/api/paths", "from", INSTANCE, "to", PROD_DEPLOY_ROLE), READER)
                .statusCode())
        .isEqualTo(200);
  }

  private static String[] rest(String[] endpoint) {
    String[] out = new String[endpoint.length - 1];
    System.arraycopy(endpoint, 1, out, 0, out.length);
    return out;
  }

  private static boolean isProblem(HttpResponse<String> r) {
    return r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
  }

  private static String randomKey(Random random) {
    String[] prefixes = {"arn:aws:iam::", "arn:aws:sts::", "i-", "AKIA", "ASIA", "arn:", "", "ou-"};
    StringBuilder sb = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
    int length = random.nextInt(40);
    for (int i = 0; i < length; i++) {
      sb.append((char) (0x21 + random.nextInt(0x5e)));
    }
    return sb.toString();
  }
}
