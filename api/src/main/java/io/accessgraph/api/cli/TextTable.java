package io.accessgraph.api.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Aligned columns for people; long cells (ARNs) are cut in the middle to keep both ends. */
final class TextTable {
  private static final int MAX_CELL = 64;

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(String... header) {
    this.header = List.of(header);
  }

  TextTable row(Object... cells) {
    List<String> row = new ArrayList<>(cells.length);
    for (Object c : cells) {
      row.add(cut(c == null ? "-" : String.valueOf(c)));
    }
    rows.add(row);
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void print(PrintWriter out) {
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header.get(i).length();
      for (List<String> r : rows) {
        widths[i] = Math.max(widths[i], r.get(i).length());
      }
    }
    line(out, header, widths);
    for (List<String> r : rows) {
      line(out, r, widths);
    }
  }

  private static void line(PrintWriter out, List<String> cells, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      sb.append(c);
      if (i < cells.size() - 1) {
        sb.append(" ".repeat(widths[i] - c.length() + 2));
      }
    }
    out.println(sb);
  }

  static String cut(String s) {
    if (s.length() <= MAX_CELL) {
      return s;
    }
    int keep = (MAX_CELL - 1) / 2;
    return s.substring(0, keep) + "…" + s.substring(s.length() - (MAX_CELL - 1 - keep));
  }
}
