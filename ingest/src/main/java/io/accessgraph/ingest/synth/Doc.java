package io.accessgraph.ingest.synth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Builds IAM policy documents as JSON trees, spelled the way AWS returns them: one value as a
 * string, several as an array.
 */
final class Doc {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private Doc() {}

  static ObjectNode policy(ObjectNode... statements) {
    ObjectNode doc = JSON.objectNode();
    doc.put("Version", "2012-10-17");
    ArrayNode list = doc.putArray("Statement");
    for (ObjectNode s : statements) {
      list.add(s);
    }
    return doc;
  }

  static Stmt allow(String... actions) {
    return new Stmt("Allow", "Action", actions);
  }

  static Stmt deny(String... actions) {
    return new Stmt("Deny", "Action", actions);
  }

  static Stmt allowNot(String... actions) {
    return new Stmt("Allow", "NotAction", actions);
  }

  static Stmt denyNot(String... actions) {
    return new Stmt("Deny", "NotAction", actions);
  }

  /** A trust policy statement letting {@code principalType} principals call {@code action}. */
  static Stmt trust(String principalType, String principal, String... actions) {
    Stmt s = new Stmt("Allow", null);
    s.node.putObject("Principal").put(principalType, principal);
    put(s.node, "Action", actions);
    return s;
  }

  static void put(ObjectNode parent, String field, String... values) {
    if (values.length == 1) {
      parent.put(field, values[0]);
    } else {
      ArrayNode array = parent.putArray(field);
      for (String v : values) {
        array.add(v);
      }
    }
  }

  /** One statement under construction. */
  static final class Stmt {
    private final ObjectNode node = JSON.objectNode();

    /** A null {@code actionField} leaves the actions to the caller (after the Principal). */
    private Stmt(String effect, String actionField, String... actions) {
      node.put("Effect", effect);
      if (actionField != null) {
        put(node, actionField, actions);
      }
    }

    Stmt sid(String sid) {
      ObjectNode copy = JSON.objectNode();
      copy.put("Sid", sid);
      copy.setAll(node);
      node.removeAll();
      node.setAll(copy);
      return this;
    }

    Stmt on(String... resources) {
      put(node, "Resource", resources);
      return this;
    }

    Stmt onList(List<String> resources) {
      return on(resources.toArray(String[]::new));
    }

    /** Adds {@code {"Condition": {operator: {key: value(s)}}}}, merging with earlier ones. */
    Stmt when(String operator, String key, String... values) {
      ObjectNode condition =
          node.has("Condition") ? (ObjectNode) node.get("Condition") : node.putObject("Condition");
      ObjectNode op =
          condition.has(operator)
              ? (ObjectNode) condition.get(operator)
              : condition.putObject(operator);
      put(op, key, values);
      return this;
    }

    ObjectNode build() {
      return node;
    }
  }
}
