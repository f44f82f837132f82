package io.accessgraph.ingest.aws.iam;

import java.util.List;

/** Counts from one account's authorization details, and its user names for per-user calls. */
public record IamSummary(int users, int groups, int roles, int policies, List<String> userNames) {}
