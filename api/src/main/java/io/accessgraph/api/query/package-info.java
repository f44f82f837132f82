/**
 * The one query service behind both the command line and the REST API: paths, blast radius,
 * who-can-reach, escalations, findings, policy questions, search, node detail and the organization
 * tree, over one loaded version of the access graph (and, loaded lazily, its snapshot and policy
 * engine). Input is validated here so both front ends reject the same things with the same words.
 */
package io.accessgraph.api.query;
