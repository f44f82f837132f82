package io.accessgraph.model.ec2;

import java.util.Map;

/**
 * An EC2 instance. The ARN is built as {@code arn:aws:ec2:REGION:ACCOUNT:instance/ID}.
 *
 * @param httpTokens IMDS setting: "required" (IMDSv2 only) or "optional" (IMDSv1 allowed)
 * @param instanceProfileArn null when the instance has no instance profile
 */
public record Ec2Instance(
    String instanceId,
    String accountId,
    String region,
    String availabilityZone,
    String state,
    String instanceProfileArn,
    String httpTokens,
    String httpEndpoint,
    String publicIp,
    String privateIp,
    String launchTime,
    Map<String, String> tags) {

  public Ec2Instance {
    tags = Map.copyOf(tags);
  }

  public String arn() {
    return "arn:aws:ec2:" + region + ":" + accountId + ":instance/" + instanceId;
  }

  /** True unless IMDS is disabled or requires session tokens. */
  public boolean imdsV1Allowed() {
    return !"disabled".equalsIgnoreCase(httpEndpoint) && !"required".equalsIgnoreCase(httpTokens);
  }

  public String name() {
    return tags.getOrDefault("Name", instanceId);
  }
}
