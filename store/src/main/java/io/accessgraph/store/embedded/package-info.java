/**
 * Neo4j 5.26 community in-process: data on disk under the data directory, Bolt on the loopback
 * interface only, shut down on close and at JVM exit. The rest of the store reaches it over Bolt
 * like any external server.
 */
package io.accessgraph.store.embedded;
