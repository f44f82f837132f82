package io.accessgraph.analysis.escalation.catalog;

import io.accessgraph.analysis.graph.AccessEdge;

/**
 * Evidence lines that name the things an edge acts through (the existing resource, the principal
 * whose policies are changed, the policy or group used), written by the rules and read back to
 * render the attacker's steps. Each is one evidence line {@code "<prefix><value>"}.
 */
public final class EdgeFacts {
  /** The existing resource the method acts on (function, project, instance …). */
  public static final String RESOURCE = "resource: ";

  /** The principal whose policies or trust are changed on the way to the target. */
  public static final String VIA = "via: ";

  /** The managed policy the method rewrites. */
  public static final String POLICY = "policy: ";

  /** The group the method changes or joins. */
  public static final String GROUP = "group: ";

  /** The instance profile that hands the role to EC2. */
  public static final String INSTANCE_PROFILE = "instance profile: ";

  /** The region chosen for the attacker's requests when a policy limits regions. */
  public static final String REGION = "region: ";

  private EdgeFacts() {}

  /** The value of the first evidence line with the prefix, or null. */
  public static String read(AccessEdge edge, String prefix) {
    for (String line : edge.evidence()) {
      if (line.startsWith(prefix)) {
        return line.substring(prefix.length());
      }
    }
    return null;
  }
}
