/**
 * Escalation analysis: turns a snapshot into the access graph. Each rule finds one kind of edge ("A
 * can act with B's permissions"), named by its pathfinding.cloud id where one exists, and asks the
 * policy engine for the decision and its evidence. Candidates come from what the target names
 * (trust policies, instance profiles), never from all pairs of principals.
 */
package io.accessgraph.analysis.escalation;
