package io.accessgraph.ingest.aws.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Turns the RFC 3986 URL-encoded policy documents of the IAM API into the JSON objects the AWS CLI
 * prints. Only percent escapes are decoded ('+' stays '+', as the CLI does), so a document is
 * decoded exactly once and the offline reader sees a plain object.
 */
final class PolicyDocumentDecoder {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PolicyDocumentDecoder() {}

  /**
   * The decoded document as a JSON object; the text unchanged when it is neither JSON nor encoded
   * JSON, so the reader reports it against its entity instead of the collector losing it.
   */
  static JsonNode decode(String text) {
    String trimmed = text.trim();
    try {
      String json = trimmed.startsWith("{") ? trimmed : percentDecode(trimmed);
      JsonNode node = MAPPER.readTree(json);
      return node != null && node.isObject() ? node : TextNode.valueOf(text);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return TextNode.valueOf(text);
    }
  }

  static String percentDecode(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '%') {
        if (i + 2 >= bytes.length) {
          throw new IllegalArgumentException("truncated percent escape at " + i);
        }
        int hi = Character.digit(bytes[i + 1], 16);
        int lo = Character.digit(bytes[i + 2], 16);
        if (hi < 0 || lo < 0) {
          throw new IllegalArgumentException("bad percent escape at " + i);
        }
        out.write(hi * 16 + lo);
        i += 2;
      } else {
        out.write(bytes[i]);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
