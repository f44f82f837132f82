/**
 * The HTTP server: REST API under {@code /api} (bearer-token protected, problem+json errors) and
 * the web view at {@code /} served from the web module's static assets.
 */
package io.accessgraph.api.server;
