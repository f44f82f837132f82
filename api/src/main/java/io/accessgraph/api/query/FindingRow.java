package io.accessgraph.api.query;

/**
 * A finding with the keys the queries filter on; {@code finding} is what the JSON shows.
 *
 * @param principal the ARN the finding is about, or null for account-wide findings
 */
public record FindingRow(
    String type, String severity, String account, String principal, Object finding) {}
