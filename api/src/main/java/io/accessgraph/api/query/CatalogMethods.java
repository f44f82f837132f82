package io.accessgraph.api.query;

import io.accessgraph.analysis.escalation.catalog.EscalationMethod;
import io.accessgraph.analysis.escalation.catalog.MethodCatalog;
import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.api.view.MethodDescription;

/** Describes edges from the analysis' escalation method catalog, steps rendered per edge. */
public final class CatalogMethods implements MethodDescriber {
  @Override
  public MethodDescription describe(AccessEdge edge) {
    if (edge.method() == null) {
      return null;
    }
    EscalationMethod m = MethodCatalog.find(edge.method()).orElse(null);
    return m == null
        ? null
        : new MethodDescription(m.name(), m.permissions(), m.steps(edge), m.remediation());
  }
}
