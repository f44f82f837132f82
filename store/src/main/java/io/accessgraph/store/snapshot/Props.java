package io.accessgraph.store.snapshot;

import io.accessgraph.model.policy.PolicyDocument;
import io.accessgraph.model.policy.PolicyDocumentParser;
import io.accessgraph.model.policy.PolicyParseException;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;

/** Typed, null-keeping access to a stored node's properties. */
record Props(Value value) {
  String str(String key) {
    Value v = value.get(key);
    return v.isNull() ? null : v.asString();
  }

  Boolean bool(String key) {
    Value v = value.get(key);
    return v.isNull() ? null : v.asBoolean();
  }

  boolean flag(String key) {
    return Boolean.TRUE.equals(bool(key));
  }

  int integer(String key) {
    Value v = value.get(key);
    return v.isNull() ? 0 : v.asInt();
  }

  List<String> strings(String key) {
    Value v = value.get(key);
    return v.isNull() ? List.of() : v.asList(Value::asString);
  }

  Map<String, String> stringMap(String key) {
    return Json.stringMap(str(key), key + " of " + str("arn"));
  }

  /** A stored document; it was valid when written, so failing here means the graph was edited. */
  PolicyDocument document(String key) {
    String json = str(key);
    if (json == null) {
      return null;
    }
    try {
      return PolicyDocumentParser.parse(json);
    } catch (PolicyParseException e) {
      throw new IllegalStateException(
          "stored " + key + " of " + str("arn") + " does not parse: " + e.getMessage(), e);
    }
  }
}
