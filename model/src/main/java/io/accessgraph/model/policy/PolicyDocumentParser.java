package io.accessgraph.model.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses policy documents in every encoding AWS hands out: a JSON object (as the CLI prints it), a
 * JSON string, or a URL-encoded JSON string (as the IAM API and the SDKs return it). The single
 * place where documents are decoded.
 */
public final class PolicyDocumentParser {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PolicyDocumentParser() {}

  /** Parses a document given as a JSON node: an object, or a string holding (encoded) JSON. */
  public static PolicyDocument parse(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      throw new PolicyParseException("policy document is missing");
    }
    if (node.isTextual()) {
      return parse(node.asText());
    }
    if (!node.isObject()) {
      throw new PolicyParseException(
          "policy document must be a JSON object, found " + node.getNodeType());
    }
    return fromObject(node);
  }

  /** Parses a document given as text: plain JSON or URL-encoded JSON. */
  public static PolicyDocument parse(String text) {
    if (text == null || text.isBlank()) {
      throw new PolicyParseException("policy document is empty");
    }
    String json = text.trim();
    if (!json.startsWith("{")) {
      try {
        json = URLDecoder.decode(json, StandardCharsets.UTF_8).trim();
      } catch (IllegalArgumentException e) {
        throw new PolicyParseException("policy document is neither JSON nor URL-encoded JSON", e);
      }
    }
    try {
      return parse(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new PolicyParseException(
          "policy document is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static PolicyDocument fromObject(JsonNode doc) {
    JsonNode statementNode = doc.get("Statement");
    List<Statement> statements = new ArrayList<>();
    if (statementNode == null || statementNode.isNull()) {
      throw new PolicyParseException("policy document has no Statement");
    } else if (statementNode.isObject()) {
      statements.add(statement(statementNode, 0));
    } else if (statementNode.isArray()) {
      for (int i = 0; i < statementNode.size(); i++) {
        statements.add(statement(statementNode.get(i), i));
      }
    } else {
      throw new PolicyParseException("Statement must be an object or an array");
    }
    return new PolicyDocument(
        text(doc.get("Version")), text(doc.get("Id")), statements, compact(doc));
  }

  private static Statement statement(JsonNode node, int index) {
    if (!node.isObject()) {
      throw new PolicyParseException("statement " + index + " is not a JSON object");
    }
    String sid = text(node.get("Sid"));
    String where = "statement " + index + (sid == null ? "" : " (Sid " + sid + ")");
    Effect effect = effect(node.get("Effect"), where);
    List<String> actions = stringList(node.get("Action"), where, "Action");
    List<String> notActions = stringList(node.get("NotAction"), where, "NotAction");
    if (actions != null && notActions != null) {
      throw new PolicyParseException(where + " has both Action and NotAction");
    }
    if (actions == null && notActions == null) {
      throw new PolicyParseException(where + " has neither Action nor NotAction");
    }
    List<String> resources = stringList(node.get("Resource"), where, "Resource");
    List<String> notResources = stringList(node.get("NotResource"), where, "NotResource");
    if (resources != null && notResources != null) {
      throw new PolicyParseException(where + " has both Resource and NotResource");
    }
    return new Statement(
        index,
        sid,
        effect,
        principal(node.get("Principal"), where, "Principal"),
        principal(node.get("NotPrincipal"), where, "NotPrincipal"),
        actions,
        notActions,
        resources,
        notResources,
        conditions(node.get("Condition"), where));
  }

  private static Effect effect(JsonNode node, String where) {
    String value = text(node);
    if ("Allow".equalsIgnoreCase(value)) {
      return Effect.ALLOW;
    }
    if ("Deny".equalsIgnoreCase(value)) {
      return Effect.DENY;
    }
    throw new PolicyParseException(where + " has Effect '" + value + "', expected Allow or Deny");
  }

  private static PrincipalBlock principal(JsonNode node, String where, String element) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      if (!"*".equals(node.asText())) {
        throw new PolicyParseException(
            where + " has " + element + " '" + node.asText() + "', expected \"*\" or an object");
      }
      return new PrincipalBlock(Map.of(PrincipalBlock.AWS, List.of("*")), true);
    }
    if (!node.isObject()) {
      throw new PolicyParseException(where + " has a " + element + " that is not an object");
    }
    Map<String, List<String>> byType = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      byType.put(e.getKey(), stringList(e.getValue(), where, element + "." + e.getKey()));
    }
    return new PrincipalBlock(byType, false);
  }

  private static List<Condition> conditions(JsonNode node, String where) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isObject()) {
      throw new PolicyParseException(where + " has a Condition that is not an object");
    }
    List<Condition> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> ops = node.fields(); ops.hasNext(); ) {
      Map.Entry<String, JsonNode> op = ops.next();
      if (!op.getValue().isObject()) {
        throw new PolicyParseException(
            where + " has condition operator " + op.getKey() + " without a key block");
      }
      for (Iterator<Map.Entry<String, JsonNode>> keys = op.getValue().fields(); keys.hasNext(); ) {
        Map.Entry<String, JsonNode> key = keys.next();
        List<String> values = stringList(key.getValue(), where, op.getKey() + "." + key.getKey());
        out.add(new Condition(op.getKey(), key.getKey(), values == null ? List.of() : values));
      }
    }
    return out;
  }

  /** A string, number or boolean, or a list of them; null when absent. */
  private static List<String> stringList(JsonNode node, String where, String element) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      List<String> out = new ArrayList<>(node.size());
      for (JsonNode item : node) {
        out.add(scalar(item, where, element));
      }
      return out;
    }
    return List.of(scalar(node, where, element));
  }

  private static String scalar(JsonNode node, String where, String element) {
    if (node.isValueNode() && !node.isNull()) {
      return node.asText();
    }
    throw new PolicyParseException(where + " has a non-scalar value in " + element);
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static String compact(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new PolicyParseException("cannot serialise policy document", e);
    }
  }
}
