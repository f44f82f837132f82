/**
 * Building AWS SDK clients for collection: one factory applies the endpoint override, signing
 * region, adaptive retries, timeouts and the read-only guard to every client, so no client can be
 * built without them.
 */
package io.accessgraph.ingest.aws.client;
