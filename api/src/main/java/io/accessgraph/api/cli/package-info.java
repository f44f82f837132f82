/**
 * The {@code accessgraph} command line (picocli). Commands that touch the graph take {@code
 * --data-dir} or {@code --neo4j-uri}; every query takes {@code --format json|table}. Errors reach
 * the user as one clear line and an exit code, never as a stack trace.
 */
package io.accessgraph.api.cli;
