package io.accessgraph.model.policy;

/** The Effect of a statement. */
public enum Effect {
  ALLOW,
  DENY
}
