package io.accessgraph.api.view;

import java.util.List;

/** One page of a node's inbound or outbound edges, with the total count. */
public record EdgePage(int total, int page, int size, List<EdgeView> edges) {}
