package io.accessgraph.store.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON text for values Neo4j cannot hold as properties (maps, lists of maps). Maps are written with
 * sorted keys so that equal content gives equal text.
 */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};

  private Json() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value instanceof Map<?, ?> m ? new TreeMap<>(m) : value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  static Map<String, String> stringMap(String json, String what) {
    if (json == null) {
      return Map.of();
    }
    try {
      return MAPPER.readValue(json, STRING_MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + what + " is not a JSON object of strings", e);
    }
  }

  static <T> T read(String json, TypeReference<T> type, String what) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + what + " is not valid JSON", e);
    }
  }
}
