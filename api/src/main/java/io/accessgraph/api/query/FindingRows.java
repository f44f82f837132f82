package io.accessgraph.api.query;

import io.accessgraph.analysis.findings.Finding;
import io.accessgraph.api.view.FindingView;
import java.util.ArrayList;
import java.util.List;

/** The analysis' findings as rows the queries filter on. */
public final class FindingRows {
  private FindingRows() {}

  public static List<FindingRow> of(List<Finding> findings) {
    List<FindingRow> rows = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      rows.add(
          new FindingRow(
              f.type().name(), f.severity().name(), f.account(), f.resource(), FindingView.of(f)));
    }
    return rows;
  }
}
