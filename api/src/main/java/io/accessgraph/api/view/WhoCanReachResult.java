package io.accessgraph.api.view;

import java.util.List;

/**
 * Everything that can reach a target (inbound).
 *
 * @param target what was asked for: a node ARN, or {@code admin-of:ACCOUNT}
 * @param targets the nodes that count as the target (the admins of the account for admin-of)
 * @param reaching each with one shortest path to the nearest target, nearest first
 */
public record WhoCanReachResult(String target, List<String> targets, List<ReachedNode> reaching) {}
