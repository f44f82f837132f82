package io.accessgraph.api.query;

import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.NodeKind;
import io.accessgraph.analysis.graph.UnknownNodeException;
import io.accessgraph.model.Arn;
import io.accessgraph.model.iam.User;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns what a person types into a node: an ARN, an EC2 instance id, an access key id (its user),
 * or an assumed-role session ARN (its role). Lookups are by hash, built once per graph version.
 */
final class NodeResolver {
  private final AccessGraph graph;
  private final Supplier<SnapshotIndex> snapshot;
  private final Lazy<Map<String, AccessNode>> instancesById;
  private final Lazy<Map<String, AccessNode>> rolesByAccountAndName;

  NodeResolver(AccessGraph graph, Supplier<SnapshotIndex> snapshot) {
    this.graph = graph;
    this.snapshot = snapshot;
    this.instancesById = new Lazy<>(this::indexInstances);
    this.rolesByAccountAndName = new Lazy<>(this::indexRoles);
  }

  /**
   * @throws MalformedInputException when {@code input} is none of the accepted forms
   * @throws UnknownNodeException when it is well formed but names nothing in the graph
   */
  AccessNode resolve(String parameter, String input) {
    InputKeys.Kind kind = InputKeys.classify(parameter, input);
    String key = input.strip();
    AccessNode node =
        switch (kind) {
          case ARN -> graph.node(key).orElse(null);
          case INSTANCE_ID -> instancesById.get().get(key);
          case SESSION_ARN -> sessionRole(key);
          case ACCESS_KEY_ID -> accessKeyUser(key);
        };
    if (node == null) {
      throw new UnknownNodeException(key);
    }
    return node;
  }

  private AccessNode sessionRole(String sessionArn) {
    Arn arn = Arn.parse(sessionArn);
    String[] parts = arn.resource().split("/");
    return parts.length < 2
        ? null
        : rolesByAccountAndName.get().get(arn.account() + "/" + parts[1]);
  }

  private AccessNode accessKeyUser(String keyId) {
    if (keyId.startsWith("ASIA")) {
      throw new UnknownKeyException(
          keyId,
          keyId
              + " is a temporary (session) access key: find its session in CloudTrail and pass"
              + " the assumed-role session ARN instead");
    }
    User user =
        snapshot
            .get()
            .userForAccessKey(keyId)
            .orElseThrow(
                () ->
                    new UnknownKeyException(
                        keyId, "no ingested IAM user holds the access key " + keyId));
    return graph.node(user.arn()).orElse(null);
  }

  private Map<String, AccessNode> indexInstances() {
    Map<String, AccessNode> byId = new HashMap<>();
    for (AccessNode node : graph.nodes()) {
      if (node.kind() == NodeKind.EC2_INSTANCE) {
        byId.put(node.arn().substring(node.arn().lastIndexOf('/') + 1), node);
      }
    }
    return byId;
  }

  private Map<String, AccessNode> indexRoles() {
    Map<String, AccessNode> byName = new HashMap<>();
    for (AccessNode node : graph.nodes()) {
      if (node.kind() == NodeKind.ROLE) {
        String name = node.arn().substring(node.arn().lastIndexOf('/') + 1);
        byName.putIfAbsent(node.accountId() + "/" + name, node);
      }
    }
    return byName;
  }
}
