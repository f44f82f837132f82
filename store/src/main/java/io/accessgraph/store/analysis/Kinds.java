package io.accessgraph.store.analysis;

import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.NodeKind;
import io.accessgraph.store.schema.NodeLabel;
import java.util.List;

/** Node kinds of the access graph and the labels they are stored under, one to one. */
final class Kinds {
  private Kinds() {}

  static NodeLabel label(NodeKind kind) {
    return switch (kind) {
      case USER -> NodeLabel.USER;
      case ROLE -> NodeLabel.ROLE;
      case GROUP -> NodeLabel.GROUP;
      case EC2_INSTANCE -> NodeLabel.EC2_INSTANCE;
      case ACCOUNT -> NodeLabel.ACCOUNT;
      case SERVICE_PRINCIPAL -> NodeLabel.SERVICE_PRINCIPAL;
      case FEDERATED_PRINCIPAL -> NodeLabel.FEDERATED_PRINCIPAL;
      case ACCOUNT_ADMIN -> NodeLabel.ACCOUNT_ADMIN;
    };
  }

  /** The kind of a stored node from its labels; null when none maps (should not happen). */
  static NodeKind kind(List<String> labels) {
    for (NodeKind kind : NodeKind.values()) {
      if (labels.contains(label(kind).label())) {
        return kind;
      }
    }
    return null;
  }

  /** The value of the node's key property: the ARN, or the account id for AccountAdmin. */
  static String key(AccessNode node) {
    String key = node.kind() == NodeKind.ACCOUNT_ADMIN ? node.accountId() : node.arn();
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException(
          "analysis node " + node + " has no " + label(node.kind()).key());
    }
    return key;
  }
}
