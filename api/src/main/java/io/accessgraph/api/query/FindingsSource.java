package io.accessgraph.api.query;

import java.util.List;

/** The findings of one graph version, loaded when first asked for. */
@FunctionalInterface
public interface FindingsSource {
  FindingsSource NONE = List::of;

  List<FindingRow> findings();
}
