package io.accessgraph.analysis.policy;

/** The engine's answer; CONDITIONAL when request-time conditions decide. */
public enum Verdict {
  ALLOW,
  DENY,
  CONDITIONAL
}
