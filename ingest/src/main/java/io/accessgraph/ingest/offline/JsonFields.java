package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.databind.JsonNode;
import io.accessgraph.model.Arn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads fields of AWS CLI output leniently where AWS itself varies (absent vs. null vs. empty) and
 * strictly where a value is needed, throwing {@link InputException} with the field's name.
 */
final class JsonFields {
  private JsonFields() {}

  /** The field as text; null when absent, null or not a scalar. */
  static String text(JsonNode parent, String field) {
    JsonNode node = parent == null ? null : parent.get(field);
    return node != null && node.isValueNode() && !node.isNull() ? node.asText() : null;
  }

  static String requiredText(JsonNode parent, String field) {
    String value = text(parent, field);
    if (value == null || value.isBlank()) {
      throw new InputException("has no " + field);
    }
    return value;
  }

  /** A required field holding an ARN, checked to be one. */
  static Arn requiredArn(JsonNode parent, String field) {
    String value = requiredText(parent, field);
    Arn arn = Arn.tryParse(value);
    if (arn == null) {
      throw new InputException("has " + field + " '" + value + "', which is not an ARN");
    }
    return arn;
  }

  /** The field as an object; null when absent or null. */
  static JsonNode object(JsonNode parent, String field) {
    JsonNode node = parent == null ? null : parent.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      throw new InputException("has " + field + " that is not a JSON object");
    }
    return node;
  }

  /** The elements of an array field; empty when absent or null. */
  static List<JsonNode> array(JsonNode parent, String field) {
    JsonNode node = parent == null ? null : parent.get(field);
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new InputException("has " + field + " that is not a JSON array");
    }
    List<JsonNode> out = new ArrayList<>(node.size());
    node.forEach(out::add);
    return out;
  }

  /** An array of strings (such as a user's GroupList), in input order. */
  static List<String> texts(JsonNode parent, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode item : array(parent, field)) {
      if (!item.isValueNode() || item.isNull()) {
        throw new InputException("has a non-text entry in " + field);
      }
      out.add(item.asText());
    }
    return out;
  }

  /** AWS tags [{Key, Value}] as a map; a tag without a value maps to "". */
  static Map<String, String> tags(JsonNode parent) {
    Map<String, String> tags = new TreeMap<>();
    for (JsonNode tag : array(parent, "Tags")) {
      String key = text(tag, "Key");
      if (key == null) {
        throw new InputException("has a tag without Key");
      }
      String value = text(tag, "Value");
      tags.put(key, value == null ? "" : value);
    }
    return tags;
  }

  /** The sorted, de-duplicated values of one field of each object in an array field. */
  static List<String> sortedField(JsonNode parent, String arrayField, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode item : array(parent, arrayField)) {
      String value = text(item, field);
      if (value == null) {
        throw new InputException("has an entry in " + arrayField + " without " + field);
      }
      if (!out.contains(value)) {
        out.add(value);
      }
    }
    out.sort(null);
    return out;
  }
}
