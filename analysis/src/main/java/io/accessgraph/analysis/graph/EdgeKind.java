package io.accessgraph.analysis.graph;

/**
 * The kinds of derived edge. Their names are the Neo4j relationship types the store writes, so the
 * store maps them one to one.
 */
public enum EdgeKind {
  /** The source may call sts:AssumeRole* on the target role, and the trust policy lets it. */
  CAN_ASSUME,
  /** An EC2 instance runs with the target role through its instance profile. */
  RUNS_AS,
  /** The source can gain the target's permissions by an escalation method. */
  CAN_ESCALATE
}
