/**
 * The macro benchmark behind {@code ./accessgraph bench}: generate a synthetic organization, then
 * time each phase of the real pipeline (parse, Neo4j load, analysis, queries), record peak heap,
 * and check the analysis against the planted answers so every run also proves correctness.
 */
package io.accessgraph.api.bench;
