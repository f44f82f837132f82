package io.accessgraph.api.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accessgraph.api.pipeline.AccessPipeline;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The real server over embedded Neo4j with the demo organization. */
class ServerTest {
  @TempDir static Path dataDir;
  static GraphStore store;
  static ConfigurableApplicationContext server;
  static String base;
  static String token;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    store = GraphStore.open(StoreConfig.fromEnvironment(dataDir, null));
    new AccessPipeline(store).ingest(new OfflineSnapshotReader().read(DemoOrganization.files()));
    server = AccessGraphServer.start(store, new ServerSettings(0, "127.0.0.1", dataDir));
    int port = ((WebServerApplicationContext) server).getWebServer().getPort();
    base = "http://127.0.0.1:" + port;
    token = Files.readString(dataDir.resolve("api-token")).strip();
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void healthNeedsNoToken() throws Exception {
    HttpResponse<String> response = get("/api/health", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("UP");
  }

  @Test
  void everyOtherEndpointNeedsAValidToken() throws Exception {
    HttpResponse<String> none = get("/api/graph", null);
    HttpResponse<String> wrong = get("/api/graph", "not-the-token-at-all");

    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("not valid");
  }

  @Test
  void theGeneratedTokenFileIsPrivate() throws Exception {
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dataDir.resolve("api-token"))))
        .isEqualTo("rw-------");
  }

  @Test
  void graphEndpointReturnsCytoscapeElementsGroupedByAccount() throws Exception {
    HttpResponse<String> response = get("/api/graph", token);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("truncated").asBoolean()).isFalse();
    assertThat(body.get("nodes").toString())
        .contains("arn:aws:iam::444444444444:role/deploy-role", "account:444444444444");
    assertThat(body.get("edges").toString()).contains("RUNS_AS", "CAN_ASSUME");
  }

  @Test
  void pathsEndpointAnswersLikeTheCli() throws Exception {
    HttpResponse<String> response =
        get(
            "/api/paths?from=i-0d3v0000000000001&to="
                + URLEncoder.encode(
                    "arn:aws:iam::444444444444:role/deploy-role", StandardCharsets.UTF_8),
            token);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("paths").get(0).get("hops").asInt()).isEqualTo(2);
  }

  @Test
  void limitsAndUnknownNodesAreProblemDocuments() throws Exception {
    HttpResponse<String> tooMany = get("/api/paths?from=a&to=b&k=1000", token);
    HttpResponse<String> unknown =
        get("/api/paths?from=i-0000&to=arn:aws:iam::1:role/x%27%20OR%201=1", token);

    assertThat(tooMany.statusCode()).isEqualTo(400);
    assertThat(tooMany.body()).contains("k must be between 1 and 20");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
  }

  @Test
  void theWebViewIsServedWithAStrictContentSecurityPolicy() throws Exception {
    HttpResponse<String> page = get("/", null);
    HttpResponse<String> cytoscape = get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js", null);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).containsPattern("<script[^>]+src=").doesNotContain("<script>");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            v -> assertThat(v).contains("script-src 'self'").doesNotContain("unsafe"));
    assertThat(cytoscape.statusCode()).isEqualTo(200);
  }

  private static HttpResponse<String> get(String path, String bearer) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
