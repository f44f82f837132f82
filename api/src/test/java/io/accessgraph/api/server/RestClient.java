package io.accessgraph.api.server;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** A small HTTP client for the full-stack tests. */
final class RestClient {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final String base;

  RestClient(String base) {
    this.base = base;
  }

  HttpResponse<String> get(String pathAndQuery, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String json, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** {@code path?k1=v1&k2=v2} with every value URL-encoded. */
  static String query(String path, String... keysAndValues) {
    StringJoiner q = new StringJoiner("&", path + "?", "");
    q.setEmptyValue(path);
    for (int i = 0; i < keysAndValues.length; i += 2) {
      q.add(
          keysAndValues[i] + "=" + URLEncoder.encode(keysAndValues[i + 1], StandardCharsets.UTF_8));
    }
    return q.toString();
  }
}
