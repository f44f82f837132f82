/**
 * Who may read the graph: bearer tokens with a role, and the response headers (CSP and friends)
 * that keep the web view from loading anything but its own files.
 */
package io.accessgraph.api.server.security;
