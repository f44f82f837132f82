/**
 * The graph store: the only code that speaks Cypher. {@link io.accessgraph.store.GraphStore} opens
 * Neo4j (embedded in-process by default, or any Neo4j 5 server by URI), always talks to it over
 * Bolt with the Java driver, writes snapshots one account per transaction, reads them back, and
 * keeps the analysis' derived edges.
 */
package io.accessgraph.store;
