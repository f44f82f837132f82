/**
 * The work behind the commands and jobs: put a snapshot into the store, re-run the analysis over
 * everything stored, and load the access graph for queries.
 */
package io.accessgraph.api.pipeline;
