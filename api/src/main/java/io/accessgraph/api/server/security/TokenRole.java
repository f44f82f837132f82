package io.accessgraph.api.server.security;

/** What a token lets its holder do. */
public enum TokenRole {
  /** Queries only. */
  READER,
  /** Queries and starting ingests. */
  OPERATOR
}
