package io.accessgraph.ingest.aws.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads service, region, signer and operation from a raw SigV4-signed request. */
final class RequestParser {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern CREDENTIAL =
      Pattern.compile("Credential=([^/]+)/\\d{8}/([^/]+)/([^/]+)/aws4_request");
  private static final Pattern KEY_ACCOUNT = Pattern.compile("^[A-Z]{4}(\\d{12})");

  /** REST routes of the REST-JSON services the collector calls. */
  private static final Map<String, String> REST_ROUTES =
      Map.of("lambda GET /2015-03-31/functions/", "ListFunctions");

  private RequestParser() {}

  static FakeRequest parse(HttpExchange exchange) throws IOException {
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    Matcher m = auth == null ? null : CREDENTIAL.matcher(auth);
    if (m == null || !m.find()) {
      throw new FakeProtocolException("request is not SigV4-signed: Authorization " + auth);
    }
    String key = m.group(1);
    String region = m.group(2);
    String service = m.group(3);
    Matcher account = KEY_ACCOUNT.matcher(key);
    if (!account.find()) {
      throw new FakeProtocolException(
          "access key " + key + " does not name an account: use AKIA or ASIA + 12 digits");
    }
    byte[] body = exchange.getRequestBody().readAllBytes();
    Map<String, String> params = new LinkedHashMap<>();
    List<String> values = new ArrayList<>();
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    String action;
    if (target != null) {
      action = target.substring(target.lastIndexOf('.') + 1);
      if (body.length > 0) {
        JsonNode json = MAPPER.readTree(body);
        json.fields()
            .forEachRemaining(
                e -> {
                  if (e.getValue().isValueNode()) {
                    params.put(e.getKey(), e.getValue().asText());
                  }
                });
        collect(json, values);
      }
    } else if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
      form(new String(body, StandardCharsets.UTF_8), params);
      values.addAll(params.values());
      action = params.get("Action");
    } else {
      String path = exchange.getRequestURI().getPath();
      String route = service + " " + exchange.getRequestMethod() + " " + path;
      action = REST_ROUTES.get(route);
      if (action == null) {
        throw new FakeProtocolException("no REST route in the fake for " + route);
      }
      String query = exchange.getRequestURI().getRawQuery();
      if (query != null) {
        form(query, params);
        values.addAll(params.values());
      }
    }
    if (action == null) {
      throw new FakeProtocolException("request names no operation");
    }
    return new FakeRequest(service, region, key, account.group(1), action, params, values);
  }

  private static void form(String encoded, Map<String, String> into) {
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      into.put(name, value);
    }
  }

  private static void collect(JsonNode node, List<String> into) {
    if (node.isValueNode()) {
      into.add(node.asText());
    } else {
      node.elements().forEachRemaining(child -> collect(child, into));
    }
  }
}
