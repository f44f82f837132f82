package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Spots output that is one page of several. The CLI paginates by itself; leftovers appear only with
 * {@code --max-items} (NextToken, Lambda's NextMarker) or {@code --no-paginate} and raw API output
 * (IsTruncated, Marker). What follows the first page would be silently missing, so the user is
 * told.
 */
final class Pagination {
  private Pagination() {}

  static void check(JsonNode root, InputKind kind, FileProblems problems) {
    List<String> leftovers = new ArrayList<>();
    JsonNode truncated = root.get("IsTruncated");
    if (truncated != null && truncated.asBoolean(false)) {
      leftovers.add("IsTruncated true");
    }
    for (String token : List.of("Marker", "NextMarker", "NextToken")) {
      String value = JsonFields.text(root, token);
      if (value != null && !value.isEmpty()) {
        leftovers.add(token);
      }
    }
    if (!leftovers.isEmpty()) {
      problems.file(
          "output is truncated ("
              + String.join(", ", leftovers)
              + "): only this page was read, later entries are missing; rerun `"
              + kind.producedBy()
              + "` without --max-items or --no-paginate");
    }
  }
}
