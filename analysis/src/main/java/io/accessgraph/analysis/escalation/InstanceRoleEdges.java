package io.accessgraph.analysis.escalation;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.EdgeKind;
import io.accessgraph.analysis.graph.NodeKind;
import io.accessgraph.model.ec2.Ec2Instance;
import io.accessgraph.model.iam.InstanceProfile;
import io.accessgraph.model.snapshot.AccountSnapshot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Instances that exist (not terminated) as nodes, and the edge to each role they run as. */
final class InstanceRoleEdges {
  private InstanceRoleEdges() {}

  static void add(AccountSnapshot account, NodeCatalog nodes, List<AccessEdge> edges) {
    Map<String, InstanceProfile> profiles = new HashMap<>();
    account.instanceProfiles().forEach(p -> profiles.put(p.arn(), p));
    for (Ec2Instance instance : account.instances()) {
      if ("terminated".equalsIgnoreCase(instance.state())) {
        continue;
      }
      nodes.add(
          new AccessNode(
              instance.arn(), NodeKind.EC2_INSTANCE, account.accountId(), instance.name(), false));
      InstanceProfile profile = profiles.get(instance.instanceProfileArn());
      if (profile == null) {
        continue;
      }
      for (String roleArn : profile.roleArns()) {
        if (nodes.contains(roleArn)) {
          edges.add(edge(instance, profile, roleArn));
        }
      }
    }
  }

  private static AccessEdge edge(Ec2Instance instance, InstanceProfile profile, String roleArn) {
    String imds =
        instance.imdsV1Allowed()
            ? "IMDSv1 allowed (HttpTokens=optional): also reachable by SSRF"
            : "IMDSv2 required (HttpTokens=required)";
    return new AccessEdge(
        instance.arn(),
        roleArn,
        EdgeKind.RUNS_AS,
        MethodIds.INSTANCE_ROLE,
        false,
        List.of(),
        List.of(
            "instance "
                + instance.instanceId()
                + " ("
                + instance.state()
                + ") uses instance profile "
                + profile.arn(),
            "instance profile " + profile.name() + " holds role " + roleArn,
            imds));
  }
}
