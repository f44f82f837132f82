/**
 * The application: the {@code accessgraph} command line ({@code cli}), the pipeline that ingests,
 * stores and analyzes ({@code pipeline}), and the HTTP server with the REST API and web view
 * ({@code server}).
 */
package io.accessgraph.api;
