/** The immutable result of one ingest: per-account data, the organization, and what went wrong. */
package io.accessgraph.model.snapshot;
