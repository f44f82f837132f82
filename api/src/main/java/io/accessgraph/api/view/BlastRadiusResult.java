package io.accessgraph.api.view;

import io.accessgraph.analysis.policy.EffectivePermissions.Grant;
import java.util.List;
import java.util.Map;

/**
 * Everything reachable from a source (issue #4 shape).
 *
 * @param permissions what the source itself may do, by service (for an EC2 instance: its instance
 *     roles); reached principals contribute only their admin flag
 * @param permissionsOf the principals whose permissions {@code permissions} summarizes
 */
public record BlastRadiusResult(
    String source,
    List<ReachedNode> reachable,
    List<AccountReach> accounts,
    Map<String, List<Grant>> permissions,
    List<String> permissionsOf) {}
