package io.accessgraph.api.view;

/**
 * Per-account counts for the organization tree.
 *
 * @param escalations principals and instances of the account that can reach an admin
 */
public record AccountCounts(int principals, int admins, int escalations, int findings) {}
