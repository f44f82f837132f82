/**
 * Analysis: the policy evaluation engine ({@code policy}), escalation rules ({@code escalation})
 * and the in-memory access graph with its path queries ({@code graph}). Never sees the AWS SDK,
 * Neo4j or Spring.
 */
package io.accessgraph.analysis;
