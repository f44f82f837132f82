package io.accessgraph.analysis.policy;

/** The kinds of policy a decision consults. */
public enum PolicyKind {
  IDENTITY,
  BOUNDARY,
  SCP,
  RCP,
  TRUST,
  RESOURCE
}
