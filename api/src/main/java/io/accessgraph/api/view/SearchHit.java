package io.accessgraph.api.view;

/**
 * One search result.
 *
 * @param kind USER, ROLE, EC2_INSTANCE, ACCOUNT, ACCESS_KEY, ...
 * @param id what to pass as a node id: the ARN, or for accounts the account id
 * @param arn the ARN of the node (for an access key: its user)
 */
public record SearchHit(String kind, String id, String arn, String name, String account) {}
