/**
 * Findings for access reviews: admins per account, non-admins that can become admin (with the
 * path), risky trust (outside accounts, "*", OIDC without a restrictive subject), privileged
 * instances reachable through IMDSv1, instances without a role, long-lived access keys and console
 * users without MFA. Each finding names its resource, evidence and a concrete remediation; {@link
 * io.accessgraph.analysis.findings.FindingsAnalyzer} computes them from a snapshot, its policy
 * engine and its access graph.
 */
package io.accessgraph.analysis.findings;
