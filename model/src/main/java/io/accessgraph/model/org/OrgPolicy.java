package io.accessgraph.model.org;

import io.accessgraph.model.policy.PolicyDocument;
import java.util.List;

/**
 * An organization policy (SCP or RCP) with the roots, OUs and accounts it is attached to.
 *
 * @param type SERVICE_CONTROL_POLICY or RESOURCE_CONTROL_POLICY (other types are kept, ignored)
 */
public record OrgPolicy(
    String id,
    String arn,
    String name,
    String type,
    boolean awsManaged,
    PolicyDocument document,
    List<String> targetIds) {
  public static final String SCP = "SERVICE_CONTROL_POLICY";
  public static final String RCP = "RESOURCE_CONTROL_POLICY";

  public OrgPolicy {
    targetIds = List.copyOf(targetIds);
  }
}
