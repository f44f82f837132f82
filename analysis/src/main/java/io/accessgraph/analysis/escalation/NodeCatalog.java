package io.accessgraph.analysis.escalation;

import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.NodeKind;
import io.accessgraph.analysis.graph.WellKnownNodes;
import io.accessgraph.model.AccountIds;
import io.accessgraph.model.Arn;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects the nodes of the access graph, adding outside sources once as they are met. */
final class NodeCatalog {
  private final Map<String, AccessNode> nodes = new LinkedHashMap<>();

  void add(AccessNode node) {
    nodes.putIfAbsent(node.arn(), node);
  }

  boolean contains(String arn) {
    return nodes.containsKey(arn);
  }

  /** An account outside the snapshot that a trust policy names: any principal in it. */
  String externalAccount(String accountId) {
    String arn = AccountIds.rootArn(accountId);
    add(new AccessNode(arn, NodeKind.ACCOUNT, accountId, "external account " + accountId, false));
    return arn;
  }

  /** A user or role of an account outside the snapshot, named by a trust policy. */
  String externalPrincipal(Arn arn) {
    NodeKind kind = "user".equals(arn.resourceType()) ? NodeKind.USER : NodeKind.ROLE;
    add(new AccessNode(arn.toString(), kind, arn.account(), arn.resourceName(), false));
    return arn.toString();
  }

  /** An OIDC or SAML provider: every identity it vouches for. */
  String federatedProvider(String providerArn) {
    Arn arn = Arn.parse(providerArn);
    add(
        new AccessNode(
            providerArn, NodeKind.FEDERATED_PRINCIPAL, arn.account(), arn.resourceName(), false));
    return providerArn;
  }

  /** "Admin of account X": the sink every administrator of X reaches. */
  String accountAdmin(String accountId) {
    String arn = WellKnownNodes.accountAdmin(accountId);
    add(new AccessNode(arn, NodeKind.ACCOUNT_ADMIN, accountId, "admin of " + accountId, true));
    return arn;
  }

  /** "Any AWS principal": the source of edges from wildcard trust. */
  String anyone() {
    add(new AccessNode(WellKnownNodes.ANYONE, NodeKind.ACCOUNT, null, "any AWS principal", false));
    return WellKnownNodes.ANYONE;
  }

  Collection<AccessNode> all() {
    return nodes.values();
  }
}
