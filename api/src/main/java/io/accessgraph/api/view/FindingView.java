package io.accessgraph.api.view;

import io.accessgraph.analysis.findings.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * A finding as the queries print it; escalation findings carry their shortest path to an admin in
 * the compact step form.
 */
public record FindingView(
    String id,
    String type,
    String severity,
    String resource,
    String account,
    String title,
    List<String> evidence,
    String remediation,
    List<PathStep> path) {

  public static FindingView of(Finding f) {
    List<PathStep> path = new ArrayList<>(f.path().size());
    f.path().forEach(e -> path.add(PathStep.of(e)));
    return new FindingView(
        f.id(),
        f.type().name(),
        f.severity().name(),
        f.resource(),
        f.account(),
        f.title(),
        f.evidence(),
        f.remediation(),
        path.isEmpty() ? null : path);
  }
}
