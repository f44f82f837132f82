/**
 * JSON shapes of query results, shared by the command line and the REST API so both print the same
 * thing.
 */
package io.accessgraph.api.view;
