package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The little that {@link InputDetector} looks at in a file: the top-level shape and keys, and a
 * glance into the elements of top-level lists. Built from a parsed tree or, without building one,
 * by {@link TopLevelScanner}; both must give equal facts for the same JSON.
 *
 * @param shape what the root value is
 * @param keys the root object's keys (empty unless {@code shape} is {@link Shape#OBJECT})
 * @param listsOfObjects the root object's keys whose value is an array holding only objects (an
 *     empty array counts)
 * @param policiesWithVersions the root object's {@value #POLICIES} is a non-empty array whose
 *     elements all have {@value #POLICY_VERSIONS}
 * @param accessKeyBundle the root is a non-empty array whose elements are all objects with {@value
 *     #ACCESS_KEYS}
 */
record TopLevel(
    Shape shape,
    Set<String> keys,
    Set<String> listsOfObjects,
    boolean policiesWithVersions,
    boolean accessKeyBundle) {
  static final String POLICIES = "Policies";
  static final String POLICY_VERSIONS = "PolicyVersionList";
  static final String ACCESS_KEYS = "AccessKeyMetadata";

  enum Shape {
    OBJECT,
    ARRAY,
    OTHER
  }

  TopLevel {
    keys = Set.copyOf(keys);
    listsOfObjects = Set.copyOf(listsOfObjects);
  }

  boolean has(String key) {
    return keys.contains(key);
  }

  boolean isObject() {
    return shape == Shape.OBJECT;
  }

  static TopLevel of(JsonNode root) {
    if (root.isArray()) {
      return new TopLevel(
          Shape.ARRAY, Set.of(), Set.of(), false, !root.isEmpty() && allHave(root, ACCESS_KEYS));
    }
    if (!root.isObject()) {
      return new TopLevel(Shape.OTHER, Set.of(), Set.of(), false, false);
    }
    Set<String> keys = new HashSet<>();
    Set<String> listsOfObjects = new HashSet<>();
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      keys.add(field.getKey());
      if (isListOfObjects(field.getValue())) {
        listsOfObjects.add(field.getKey());
      }
    }
    JsonNode policies = root.get(POLICIES);
    boolean policiesWithVersions =
        policies != null
            && policies.isArray()
            && !policies.isEmpty()
            && allHave(policies, POLICY_VERSIONS);
    return new TopLevel(Shape.OBJECT, keys, listsOfObjects, policiesWithVersions, false);
  }

  private static boolean isListOfObjects(JsonNode value) {
    if (!value.isArray()) {
      return false;
    }
    for (JsonNode item : value) {
      if (!item.isObject()) {
        return false;
      }
    }
    return true;
  }

  private static boolean allHave(JsonNode array, String key) {
    for (JsonNode item : array) {
      if (!item.isObject() || !item.has(key)) {
        return false;
      }
    }
    return true;
  }
}
