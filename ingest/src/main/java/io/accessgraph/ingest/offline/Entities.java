package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Consumer;

/**
 * Maps the entries of one list so that a bad entry costs only itself: its problem names it by ARN
 * when it has one, else by name, else by position, and the next entry is read.
 */
final class Entities {
  private Entities() {}

  /**
   * @param kind what an entry is, for messages ("user", "instance")
   * @param idField the field that identifies an entry when its ARN is missing ("UserName"), or a
   *     dotted path to it ("PolicySummary.Id")
   */
  static void each(
      List<JsonNode> entries,
      String kind,
      String idField,
      FileProblems problems,
      Consumer<JsonNode> mapper) {
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      try {
        if (!entry.isObject()) {
          throw new InputException("is not a JSON object");
        }
        mapper.accept(entry);
      } catch (InputException e) {
        String arn = JsonFields.text(entry, "Arn");
        String id = idOf(entry, idField);
        String label =
            arn != null
                ? kind + " " + arn
                : id != null ? kind + " '" + id + "'" : kind + " #" + (i + 1) + " of the list";
        problems.add(
            arn != null ? arn : id,
            label + " " + e.getMessage() + "; this " + kind + " was left out");
      }
    }
  }

  private static String idOf(JsonNode entry, String idField) {
    JsonNode at = entry;
    String[] steps = idField.split("\\.");
    for (int i = 0; i < steps.length - 1 && at != null; i++) {
      at = at.get(steps[i]);
    }
    return JsonFields.text(at, steps[steps.length - 1]);
  }
}
