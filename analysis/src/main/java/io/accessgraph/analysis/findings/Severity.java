package io.accessgraph.analysis.findings;

/** How urgent a finding is, most severe first (the declaration order is the sort order). */
public enum Severity {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW,
  INFO
}
