package io.accessgraph.api.view;

import java.util.List;

/**
 * A node a traversal reached, with one shortest path: from the source to it (blast radius) or from
 * it to the target (who can reach).
 */
public record ReachedNode(
    String arn, String kind, String account, boolean admin, int hops, List<PathStep> path) {}
