package io.accessgraph.api.server.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.accessgraph.ingest.aws.CollectOptions;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What to ingest: {@code {"source":"offline","dir":"/path"}} reads a directory of AWS CLI outputs
 * on the server; {@code {"source":"aws", ...}} collects live with the server's AWS credentials and
 * the options of {@code ingest --aws}.
 */
public record IngestRequest(
    String source,
    String dir,
    String profile,
    String region,
    String endpointUrl,
    String roleName,
    String externalId,
    List<String> accounts,
    List<String> regions,
    List<String> services,
    Integer concurrency) {

  static final String OFFLINE = "offline";
  static final String AWS = "aws";
  private static final ObjectMapper STRICT =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * Reads a request body strictly: unknown fields are errors, so a typo is not silently ignored.
   *
   * @throws IllegalArgumentException naming the unknown field or the type problem
   */
  public static IngestRequest from(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new IllegalArgumentException("the request body must be a JSON object");
    }
    try {
      return STRICT.treeToValue(body, IngestRequest.class);
    } catch (UnrecognizedPropertyException e) {
      throw new IllegalArgumentException(
          "unknown field '" + e.getPropertyName() + "' (expected " + e.getKnownPropertyIds() + ")");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(
          "the request body has a field of the wrong type: " + e.getOriginalMessage());
    }
  }

  /**
   * @throws IllegalArgumentException naming the field when the request is incomplete or invalid
   */
  void validate() {
    if (OFFLINE.equals(source)) {
      if (dir == null || dir.isBlank()) {
        throw new IllegalArgumentException("dir is required for an offline ingest");
      }
      if (!Files.isDirectory(offlineDir())) {
        throw new IllegalArgumentException("dir: " + dir + " is not a directory on the server");
      }
    } else if (AWS.equals(source)) {
      collectOptions();
    } else {
      throw new IllegalArgumentException("source must be \"offline\" or \"aws\", was " + source);
    }
  }

  Path offlineDir() {
    return Path.of(dir).toAbsolutePath().normalize();
  }

  CollectOptions collectOptions() {
    URI endpoint;
    try {
      endpoint = endpointUrl == null ? null : URI.create(endpointUrl);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("endpointUrl: '" + endpointUrl + "' is not a URL");
    }
    return new CollectOptions(
        profile,
        region,
        endpoint,
        roleName,
        externalId,
        null,
        null,
        accounts,
        regions,
        services == null ? null : new LinkedHashSet<>(services),
        concurrency == null ? CollectOptions.DEFAULT_CONCURRENCY : concurrency,
        null);
  }

  /** What the run list shows as the source, without secrets (no external id). */
  String describe() {
    return OFFLINE.equals(source)
        ? "offline " + offlineDir()
        : "aws" + (profile == null ? "" : " profile " + profile);
  }
}
