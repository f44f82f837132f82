/**
 * Ingest runs started over the API: one at a time, in the background, with progress, per-account
 * results and the list of past runs (kept in memory since the server started). Operators only.
 */
package io.accessgraph.api.server.ingest;
