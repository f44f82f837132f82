package io.accessgraph.model.snapshot;

import java.util.Map;

/**
 * A resource that runs with a role and that escalation methods act on (Lambda function,
 * CloudFormation stack, CodeBuild project, ...).
 *
 * @param kind a short type name, e.g. "lambda:function", "cloudformation:stack"
 * @param roleArn the role it runs as, or null
 */
public record ServiceResource(
    String arn,
    String kind,
    String name,
    String region,
    String roleArn,
    Map<String, String> attributes) {
  public ServiceResource {
    attributes = Map.copyOf(attributes);
  }
}
