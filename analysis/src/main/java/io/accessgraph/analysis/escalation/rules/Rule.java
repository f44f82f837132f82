package io.accessgraph.analysis.escalation.rules;

/** Finds the edges of one method or family of methods in one account. */
interface Rule {
  void apply(AccountScope scope);
}
