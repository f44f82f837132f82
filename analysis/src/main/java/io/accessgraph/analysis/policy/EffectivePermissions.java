package io.accessgraph.analysis.policy;

import java.util.List;

/**
 * What a principal may do, by service: which actions, on which resource patterns, under which
 * conditions, and which statements grant it. Actions are expanded from wildcards and NotAction with
 * the action catalog; {@code ["*"]} means every action of the service. Actions the boundary or an
 * SCP level does not allow, or that a Deny without conditions removes, are left out.
 *
 * @param catalogVersion the action catalog the expansion used
 * @param notes what the summary simplifies (Denies limited to some resources or conditions)
 */
public record EffectivePermissions(
    String principal,
    String account,
    String catalogVersion,
    List<ServicePermissions> services,
    List<String> notes) {

  public EffectivePermissions {
    services = List.copyOf(services);
    notes = List.copyOf(notes);
  }

  /** The grants of one service prefix. */
  public record ServicePermissions(String service, List<Grant> grants) {
    public ServicePermissions {
      grants = List.copyOf(grants);
    }
  }

  /**
   * Actions granted on resource patterns under conditions.
   *
   * @param notResource true when {@code resources} lists the exceptions (NotResource)
   * @param sources the granting statements, e.g. {@code arn:...:policy/X statement 0 (Sid A)}
   */
  public record Grant(
      List<String> actions,
      List<String> resources,
      boolean notResource,
      List<String> conditions,
      List<String> sources) {
    public Grant {
      actions = List.copyOf(actions);
      resources = List.copyOf(resources);
      conditions = List.copyOf(conditions);
      sources = List.copyOf(sources);
    }
  }
}
