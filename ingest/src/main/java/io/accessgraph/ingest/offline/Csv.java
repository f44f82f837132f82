package io.accessgraph.ingest.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small CSV reader the credential report needs: a header row, comma separators, optional double
 * quotes (IAM user names may contain commas). Blank lines are skipped.
 */
final class Csv {
  private Csv() {}

  /** Rows as column name to value, in file order. */
  static List<Map<String, String>> read(String text) {
    List<List<String>> lines = new ArrayList<>();
    for (String line : text.split("\r?\n")) {
      if (!line.isBlank()) {
        lines.add(split(line));
      }
    }
    if (lines.isEmpty()) {
      throw new InputException("is empty: no header row");
    }
    List<String> header = lines.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      List<String> cells = lines.get(i);
      if (cells.size() != header.size()) {
        throw new InputException(
            "has "
                + cells.size()
                + " columns in row "
                + (i + 1)
                + ", but the header has "
                + header.size());
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        row.put(header.get(c), cells.get(c));
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
