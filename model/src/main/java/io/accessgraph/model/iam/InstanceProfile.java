package io.accessgraph.model.iam;

import java.util.List;

/** An instance profile: the container that hands a role to EC2 instances. */
public record InstanceProfile(
    String arn, String name, String instanceProfileId, String path, List<String> roleArns) {
  public InstanceProfile {
    roleArns = List.copyOf(roleArns);
  }
}
