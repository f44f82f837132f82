package io.accessgraph.analysis.graph;

/**
 * A node of the access graph.
 *
 * @param arn the key: an ARN, or for instances {@code arn:aws:ec2:REGION:ACCOUNT:instance/ID}
 * @param accountId the owning account, or null (service principals)
 * @param admin true when the principal is allowed {@code *} on {@code *}
 */
public record AccessNode(String arn, NodeKind kind, String accountId, String name, boolean admin) {}
