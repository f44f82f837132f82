/**
 * IAM Condition blocks compiled once and evaluated in three-valued logic: a condition is true,
 * false, or unknown when it depends on a request-time key (source IP, MFA, external id, token
 * claims) that the analysis cannot know. Unknown is never rounded to yes or no.
 */
package io.accessgraph.analysis.policy.condition;
