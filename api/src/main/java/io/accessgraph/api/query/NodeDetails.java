package io.accessgraph.api.query;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.EdgeKind;
import io.accessgraph.api.view.EdgePage;
import io.accessgraph.api.view.EdgeView;
import io.accessgraph.api.view.NodeDetail;
import io.accessgraph.api.view.PolicyView;
import io.accessgraph.model.ec2.Ec2Instance;
import io.accessgraph.model.iam.AccessKey;
import io.accessgraph.model.iam.InlinePolicy;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** Everything about one node: raw facts from the snapshot, analysis facts from the graph. */
final class NodeDetails {
  private static final Comparator<AccessEdge> EDGE_ORDER =
      Comparator.comparing(AccessEdge::from)
          .thenComparing(AccessEdge::to)
          .thenComparing(AccessEdge::kind)
          .thenComparing(e -> String.valueOf(e.method()));

  private final AccessGraph graph;
  private final Supplier<SnapshotIndex> snapshot;
  private final PolicyQueries policies;
  private final Function<AccessEdge, EdgeView> edgeViews;
  private final Function<String, List<Object>> findingsOf;

  NodeDetails(
      AccessGraph graph,
      Supplier<SnapshotIndex> snapshot,
      PolicyQueries policies,
      Function<AccessEdge, EdgeView> edgeViews,
      Function<String, List<Object>> findingsOf) {
    this.graph = graph;
    this.snapshot = snapshot;
    this.policies = policies;
    this.edgeViews = edgeViews;
    this.findingsOf = findingsOf;
  }

  NodeDetail of(AccessNode node, int page, int size) {
    SnapshotIndex raw = snapshot.get();
    Facts facts = new Facts();
    raw.user(node.arn()).ifPresent(u -> facts.user(u, raw));
    raw.role(node.arn()).ifPresent(r -> facts.role(r, raw));
    raw.instance(node.arn()).ifPresent(i -> facts.instance(i, raw));
    List<String> runsAs = new ArrayList<>();
    for (AccessEdge e : graph.outgoing(node.arn())) {
      if (e.kind() == EdgeKind.RUNS_AS) {
        runsAs.add(e.to());
      }
    }
    return new NodeDetail(
        node.arn(),
        node.kind().name(),
        node.name(),
        node.accountId(),
        facts.tags,
        node.admin(),
        policies.adminEvidence(node),
        facts.policies,
        facts.trustPolicy,
        facts.instanceProfiles,
        runsAs.isEmpty() ? null : runsAs,
        facts.groups,
        facts.accessKeys,
        findingsOf.apply(node.arn()),
        page(graph.incoming(node.arn()), page, size),
        page(graph.outgoing(node.arn()), page, size));
  }

  private EdgePage page(List<AccessEdge> edges, int page, int size) {
    List<AccessEdge> sorted = new ArrayList<>(edges);
    sorted.sort(EDGE_ORDER);
    int from = (int) Math.min((long) page * size, sorted.size());
    int to = Math.min(from + size, sorted.size());
    return new EdgePage(
        sorted.size(), page, size, sorted.subList(from, to).stream().map(edgeViews).toList());
  }

  /** The raw facts of a user, role or instance. */
  private static final class Facts {
    Map<String, String> tags = Map.of();
    final List<PolicyView> policies = new ArrayList<>();
    String trustPolicy;
    List<String> instanceProfiles;
    List<String> groups;
    List<String> accessKeys;

    void user(User user, SnapshotIndex raw) {
      tags = user.tags();
      inline(user.arn(), user.inlinePolicies(), "inline", null);
      managed(user.attachedPolicyArns(), "managed", null, raw);
      String account = accountOf(user.arn());
      groups = new ArrayList<>();
      for (String name : user.groupNames()) {
        raw.group(account, name)
            .ifPresent(
                g -> {
                  groups.add(g.arn());
                  inline(g.arn(), g.inlinePolicies(), "group-inline", g.arn());
                  managed(g.attachedPolicyArns(), "group-managed", g.arn(), raw);
                });
      }
      boundary(user.permissionsBoundaryArn(), raw);
      accessKeys =
          user.accessKeys().stream()
              .map(k -> k.accessKeyId() + " (" + k.status() + lastUsed(k) + ")")
              .toList();
    }

    void role(Role role, SnapshotIndex raw) {
      tags = role.tags();
      inline(role.arn(), role.inlinePolicies(), "inline", null);
      managed(role.attachedPolicyArns(), "managed", null, raw);
      boundary(role.permissionsBoundaryArn(), raw);
      trustPolicy = role.trustPolicy() == null ? null : role.trustPolicy().json();
      instanceProfiles = role.instanceProfileArns();
    }

    void instance(Ec2Instance instance, SnapshotIndex raw) {
      tags = instance.tags();
      instanceProfiles =
          instance.instanceProfileArn() == null
              ? List.of()
              : List.of(instance.instanceProfileArn());
    }

    private void inline(String owner, List<InlinePolicy> inline, String kind, String group) {
      for (InlinePolicy p : inline) {
        policies.add(
            new PolicyView(
                owner + "#inline:" + p.name(), p.name(), kind, group, p.document().json()));
      }
    }

    private void managed(List<String> arns, String kind, String group, SnapshotIndex raw) {
      for (String arn : arns) {
        policies.add(
            raw.policy(arn)
                .map(p -> new PolicyView(arn, p.name(), kind, group, p.document().json()))
                .orElse(
                    new PolicyView(
                        arn, arn.substring(arn.lastIndexOf('/') + 1), kind, group, null)));
      }
    }

    private void boundary(String arn, SnapshotIndex raw) {
      if (arn != null) {
        managed(List.of(arn), "boundary", null, raw);
      }
    }

    private static String lastUsed(AccessKey key) {
      return key.lastUsedDate() == null ? "" : ", last used " + key.lastUsedDate();
    }

    private static String accountOf(String arn) {
      return arn.split(":", 6)[4];
    }
  }
}
