package io.accessgraph.api.query;

import io.accessgraph.analysis.policy.PolicyEngine;
import io.accessgraph.model.snapshot.Snapshot;
import java.util.List;

/**
 * The findings of one graph version, loaded when first asked for. Gets the version's snapshot and
 * policy engine, so a source that computes findings does not build a second engine.
 */
@FunctionalInterface
public interface FindingsSource {
  FindingsSource NONE = (snapshot, engine) -> List.of();

  List<FindingRow> findings(Snapshot snapshot, PolicyEngine engine);
}
