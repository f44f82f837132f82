package io.accessgraph.api.view;

import java.util.List;

/** {@code {"findings": [...]}}, most severe first. */
public record FindingsResult(List<Object> findings) {}
