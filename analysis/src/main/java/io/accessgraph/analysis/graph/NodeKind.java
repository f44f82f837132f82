package io.accessgraph.analysis.graph;

/** What a node of the access graph is. */
public enum NodeKind {
  USER,
  ROLE,
  GROUP,
  EC2_INSTANCE,
  ACCOUNT,
  SERVICE_PRINCIPAL,
  FEDERATED_PRINCIPAL,
  /** "admin of account X": every admin of that account reaches it. */
  ACCOUNT_ADMIN
}
