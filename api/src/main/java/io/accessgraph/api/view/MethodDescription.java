package io.accessgraph.api.view;

import java.util.List;

/**
 * What an escalation method is, for the person reading an edge.
 *
 * @param name a short human name, e.g. "Assume a role"
 * @param permissions the IAM actions the method uses
 * @param steps the attacker's steps with the edge's real ARNs
 * @param remediation what to change to cut the edge
 */
public record MethodDescription(
    String name, List<String> permissions, List<String> steps, String remediation) {}
