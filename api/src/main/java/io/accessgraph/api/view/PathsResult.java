package io.accessgraph.api.view;

import java.util.List;

/** {@code {"from": ARN, "to": ARN, "paths": [...]}}, shortest first. */
public record PathsResult(String from, String to, List<PathView> paths) {}
