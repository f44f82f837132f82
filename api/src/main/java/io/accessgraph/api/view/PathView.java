package io.accessgraph.api.view;

import java.util.List;

/** A path as the queries print it. */
public record PathView(int hops, boolean conditional, List<EdgeView> edges) {}
