/**
 * Policy statements compiled once into matchers: actions lower-cased into exact sets and wildcard
 * patterns, resources as wildcard patterns with policy variables left for the request, principals
 * as lookup sets, conditions as a {@code ConditionBlock}; and an index of statements by service
 * prefix so a decision only touches statements that can apply to its action.
 */
package io.accessgraph.analysis.policy.compile;
