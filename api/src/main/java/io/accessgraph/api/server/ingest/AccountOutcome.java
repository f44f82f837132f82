package io.accessgraph.api.server.ingest;

/**
 * How one account went in a run.
 *
 * @param collected the live collector's status (OK, PARTIAL, FAILED), null for offline runs
 * @param written true when stored; false keeps the account's previous data
 * @param error why collecting or writing failed, or null
 */
public record AccountOutcome(
    String account,
    String collected,
    Boolean written,
    Integer users,
    Integer roles,
    Integer groups,
    Integer policies,
    Integer instances,
    String error) {}
