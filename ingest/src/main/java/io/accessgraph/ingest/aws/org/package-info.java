/**
 * Discovering the AWS Organization from the management account or a delegated administrator: the
 * organization, roots, OUs (recursively), accounts with their parents, SCPs and RCPs with their
 * content and targets, written as {@code org.json} in the shape the offline reader expects.
 */
package io.accessgraph.ingest.aws.org;
