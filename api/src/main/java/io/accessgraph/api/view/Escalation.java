package io.accessgraph.api.view;

import java.util.List;

/** A principal or instance that is not admin but reaches an admin, by its shortest path. */
public record Escalation(String principal, String target, int hops, List<PathStep> path) {}
