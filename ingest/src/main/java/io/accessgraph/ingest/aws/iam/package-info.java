/**
 * Collecting one account's IAM data: authorization details (every page, all policy versions),
 * access keys, the credential report (MFA, passwords, key last use) and identity providers.
 */
package io.accessgraph.ingest.aws.iam;
