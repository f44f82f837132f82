/**
 * Live collection from every account of an AWS Organization with the AWS SDK for Java v2: discover
 * the organization, assume a read-only role in each member account, collect IAM, EC2 and the
 * resources escalation methods act on, in parallel and read-only, and write exactly the offline
 * format (AWS-CLI-shaped JSON per account and region plus {@code org.json}) into a directory, so
 * the offline reader loads a live collection the same way as files gathered by hand.
 *
 * <p>Entry point: {@link io.accessgraph.ingest.aws.OrganizationCollector}. Accounts that fail are
 * recorded with their reason and the run goes on; {@code _collect-summary.json} (leading
 * underscore: not a data file) records the outcome per account.
 */
package io.accessgraph.ingest.aws;
