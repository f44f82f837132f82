package io.accessgraph.analysis.findings;

import io.accessgraph.analysis.graph.AccessEdge;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One result of an access review.
 *
 * @param id stable across runs while the finding stands: the type's prefix, the resource and, where
 *     a resource can have several findings of a type, what tells them apart (e.g. {@code
 *     F-EXTERNAL-TRUST:arn:aws:iam::555555555555:role/vendor:888877776666})
 * @param resource the ARN the finding is about (instances: {@code arn:aws:ec2:REGION:ACCOUNT:…})
 * @param account the account that holds the resource
 * @param evidence one line per fact that makes the finding, e.g. the trust statement
 * @param remediation what to change, with the statement or the command
 * @param path for escalations: the shortest path to an admin, first edge at the resource; else
 *     empty
 */
public record Finding(
    String id,
    FindingType type,
    Severity severity,
    String resource,
    String account,
    String title,
    List<String> evidence,
    String remediation,
    List<AccessEdge> path) {

  /** Most severe first, then by type, resource and id: the order findings are reported in. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::type)
          .thenComparing(Finding::resource)
          .thenComparing(Finding::id);

  public Finding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(resource, "resource");
    evidence = List.copyOf(evidence);
    path = List.copyOf(path);
  }
}
