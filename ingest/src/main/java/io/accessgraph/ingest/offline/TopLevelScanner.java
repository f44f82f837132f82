package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a file's {@link TopLevel} facts in one streaming pass, holding no more than the top-level
 * keys. Every token is still read, so a syntax error anywhere in the file is found here as it would
 * be by parsing the whole tree.
 */
final class TopLevelScanner {
  private TopLevelScanner() {}

  /**
   * The facts of the one JSON value {@code parser} holds.
   *
   * @return empty when the input holds no value or more than one: the tree parser says which
   * @throws IOException for malformed JSON, as the tree parser would
   */
  static Optional<TopLevel> scan(JsonParser parser) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      return Optional.empty();
    }
    TopLevel top;
    if (first == JsonToken.START_OBJECT) {
      top = object(parser);
    } else if (first == JsonToken.START_ARRAY) {
      Elements elements = elements(parser, TopLevel.ACCESS_KEYS);
      top =
          new TopLevel(
              TopLevel.Shape.ARRAY,
              Set.of(),
              Set.of(),
              false,
              elements.count() > 0 && elements.allHaveKey());
    } else {
      skip(parser);
      top = new TopLevel(TopLevel.Shape.OTHER, Set.of(), Set.of(), false, false);
    }
    return parser.nextToken() == null ? Optional.of(top) : Optional.empty();
  }

  private static TopLevel object(JsonParser parser) throws IOException {
    Set<String> keys = new HashSet<>();
    Set<String> listsOfObjects = new HashSet<>();
    boolean policiesWithVersions = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      keys.add(key);
      boolean policies = key.equals(TopLevel.POLICIES);
      Elements elements =
          parser.nextToken() == JsonToken.START_ARRAY
              ? elements(parser, policies ? TopLevel.POLICY_VERSIONS : null)
              : Elements.skipped(parser);
      // A repeated key: the tree keeps the last value, so the last value's facts win.
      if (elements.allObjects()) {
        listsOfObjects.add(key);
      } else {
        listsOfObjects.remove(key);
      }
      if (policies) {
        policiesWithVersions = elements.count() > 0 && elements.allHaveKey();
      }
    }
    return new TopLevel(TopLevel.Shape.OBJECT, keys, listsOfObjects, policiesWithVersions, false);
  }

  /**
   * Reads the array the parser is at, noting whether every element is an object and, when {@code
   * key} is given, whether every element has it.
   */
  private static Elements elements(JsonParser parser, String key) throws IOException {
    int count = 0;
    boolean allObjects = true;
    boolean allHaveKey = key != null;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      count++;
      if (token == JsonToken.START_OBJECT && key != null) {
        allHaveKey &= objectHas(parser, key);
      } else {
        allObjects &= token == JsonToken.START_OBJECT;
        allHaveKey = false;
        skip(parser);
      }
    }
    return new Elements(count, allObjects, allHaveKey);
  }

  private static boolean objectHas(JsonParser parser, String key) throws IOException {
    boolean found = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      found |= key.equals(parser.currentName());
      parser.nextToken();
      skip(parser);
    }
    return found;
  }

  /** Reads past the value the parser is at. */
  private static void skip(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    int depth = 0;
    while (true) {
      if (token.isStructStart()) {
        depth++;
      } else if (token.isStructEnd()) {
        depth--;
      } else if (token == JsonToken.VALUE_STRING) {
        checkLength(parser);
      }
      if (depth == 0) {
        return;
      }
      token = parser.nextToken();
    }
  }

  // Skipping a string does not check its length; the tree parser rejects one longer than
  // StreamReadConstraints allow, so such a file is handed to it to word the problem.
  private static void checkLength(JsonParser parser) throws IOException {
    int max = parser.streamReadConstraints().getMaxStringLength();
    if (parser.getTextLength() > max) {
      throw new StreamConstraintsException("string longer than " + max + " characters");
    }
  }

  private record Elements(int count, boolean allObjects, boolean allHaveKey) {
    static Elements skipped(JsonParser parser) throws IOException {
      skip(parser);
      return new Elements(0, false, false);
    }
  }
}
