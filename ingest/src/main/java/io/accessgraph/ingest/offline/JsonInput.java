package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Parses a file's bytes as one JSON value, saying in words what is wrong when it is not. */
final class JsonInput {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonInput() {}

  /** A streaming parser configured as the tree parser is, for a first look without a tree. */
  static JsonParser parser(InputStream in) throws IOException {
    return MAPPER.createParser(in);
  }

  static Optional<JsonNode> parse(InputFile file, FileProblems problems) {
    if (isBlank(file.content())) {
      problems.file("the file is empty; expected AWS CLI JSON output");
      return Optional.empty();
    }
    try {
      JsonNode root = MAPPER.readTree(file.content());
      return Optional.ofNullable(root);
    } catch (JsonProcessingException e) {
      problems.file(describe(e));
      return Optional.empty();
    } catch (IOException e) {
      problems.file("cannot read the file as JSON: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static String describe(JsonProcessingException e) {
    String where =
        e.getLocation() == null
            ? ""
            : " at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr();
    String what = e.getOriginalMessage();
    // Jackson reports a cut-off file as an unexpected end of input.
    boolean truncated =
        what != null && (what.contains("end-of-input") || what.contains("Unexpected end"));
    if (truncated) {
      return "the JSON is truncated (it ends"
          + where
          + " before it is complete); was the"
          + " output cut off?";
    }
    return "not valid JSON" + where + ": " + firstLine(what);
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "unknown error";
    }
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  private static boolean isBlank(byte[] content) {
    for (byte b : content) {
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }
}
