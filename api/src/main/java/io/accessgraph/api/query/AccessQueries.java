package io.accessgraph.api.query;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.AccessPath;
import io.accessgraph.analysis.graph.NodeKind;
import io.accessgraph.analysis.graph.Reach;
import io.accessgraph.analysis.graph.TraversalOptions;
import io.accessgraph.analysis.graph.UnknownNodeException;
import io.accessgraph.analysis.policy.EffectivePermissions;
import io.accessgraph.analysis.policy.EffectivePermissions.Grant;
import io.accessgraph.analysis.policy.PolicyEngine;
import io.accessgraph.api.view.AccountReach;
import io.accessgraph.api.view.AdminsResult;
import io.accessgraph.api.view.BlastRadiusResult;
import io.accessgraph.api.view.CanResult;
import io.accessgraph.api.view.EdgeView;
import io.accessgraph.api.view.Escalation;
import io.accessgraph.api.view.EscalationsResult;
import io.accessgraph.api.view.FindingsResult;
import io.accessgraph.api.view.NodeDetail;
import io.accessgraph.api.view.OrganizationView;
import io.accessgraph.api.view.PathStep;
import io.accessgraph.api.view.PathView;
import io.accessgraph.api.view.PathsResult;
import io.accessgraph.api.view.ReachedNode;
import io.accessgraph.api.view.SearchResult;
import io.accessgraph.api.view.WhoCanReachResult;
import io.accessgraph.model.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The one query service of the command line and the REST API, over one version of the access graph.
 * The snapshot, policy engine, lookup indexes and escalation list are built on first use and kept
 * for this version; a new ingest means a new instance. Thread-safe.
 *
 * <p>Node parameters accept an ARN, an EC2 instance id, an access key id or an assumed-role session
 * ARN. Malformed input throws {@link MalformedInputException}, input beyond the {@link QueryLimits}
 * {@link LimitExceededException}, an unknown node {@link UnknownNodeException}.
 */
public final class AccessQueries {
  private final AccessGraph graph;
  private final Lazy<SnapshotIndex> snapshot;
  private final Lazy<PolicyEngine> engine;
  private final Lazy<SearchIndex> search;
  private final FindingQueries findings;
  private final NodeResolver resolver;
  private final EscalationIndex escalations;
  private final PolicyQueries policies;
  private final NodeDetails details;
  private final MethodDescriber methods;

  public AccessQueries(
      AccessGraph graph,
      Supplier<Snapshot> snapshot,
      FindingsSource findings,
      MethodDescriber methods) {
    this.graph = graph;
    this.methods = methods;
    this.snapshot = new Lazy<>(() -> new SnapshotIndex(snapshot.get()));
    this.engine = new Lazy<>(() -> PolicyEngine.of(this.snapshot.get().snapshot()));
    this.search = new Lazy<>(() -> new SearchIndex(graph, this.snapshot.get().snapshot()));
    this.findings =
        new FindingQueries(
            new Lazy<>(
                () ->
                    List.copyOf(findings.findings(this.snapshot.get().snapshot(), engine.get()))));
    this.resolver = new NodeResolver(graph, this.snapshot);
    this.escalations = new EscalationIndex(graph);
    this.policies = new PolicyQueries(graph, resolver, this.snapshot, engine);
    this.details =
        new NodeDetails(graph, this.snapshot, policies, this::edgeView, this.findings::about);
  }

  public AccessGraph graph() {
    return graph;
  }

  /** Builds what the first queries would otherwise wait for. */
  public void warmUp() {
    engine.get();
    search.get();
    findings.about("");
    escalations.all(TraversalOptions.defaults());
  }

  public AccessNode resolve(String parameter, String input) {
    return resolver.resolve(parameter, input);
  }

  public PathsResult paths(String from, String to, int k, int maxHops, boolean conditional) {
    int checkedK = QueryLimits.k(k);
    TraversalOptions options = QueryLimits.traversal(maxHops, conditional);
    AccessNode source = resolver.resolve("from", from);
    AccessNode target = resolver.resolve("to", to);
    List<PathView> paths = new ArrayList<>();
    for (AccessPath p : PathFinder.paths(graph, source.arn(), target.arn(), checkedK, options)) {
      paths.add(
          new PathView(p.hops(), p.conditional(), p.edges().stream().map(this::edgeView).toList()));
    }
    return new PathsResult(source.arn(), target.arn(), paths);
  }

  public BlastRadiusResult blastRadius(String from, int maxHops, boolean conditional) {
    TraversalOptions options = QueryLimits.traversal(maxHops, conditional);
    AccessNode source = resolver.resolve("from", from);
    List<ReachedNode> reachable = new ArrayList<>();
    Map<String, Boolean> accounts = new LinkedHashMap<>();
    if (source.accountId() != null) {
      accounts.put(source.accountId(), source.admin());
    }
    for (Reach r : graph.reachableFrom(source.arn(), options)) {
      reachable.add(reached(r));
      if (r.node().accountId() != null) {
        boolean admin = r.node().admin() || r.node().kind() == NodeKind.ACCOUNT_ADMIN;
        accounts.merge(r.node().accountId(), admin, Boolean::logicalOr);
      }
    }
    List<AccountReach> accountList = new ArrayList<>();
    accounts.forEach((id, admin) -> accountList.add(new AccountReach(id, admin)));
    Map<String, List<Grant>> byService = new TreeMap<>();
    List<String> permissionsOf = new ArrayList<>();
    for (EffectivePermissions p : policies.permissionsOf(source)) {
      permissionsOf.add(p.principal());
      p.services()
          .forEach(
              s ->
                  byService
                      .computeIfAbsent(s.service(), x -> new ArrayList<>())
                      .addAll(s.grants()));
    }
    return new BlastRadiusResult(source.arn(), reachable, accountList, byService, permissionsOf);
  }

  /**
   * Everything that can reach {@code to}, or with {@code adminOf} everything that can become admin
   * of that account: its account-admin node when the analysis provides one, else any of its admin
   * principals (listed themselves at 0 hops).
   */
  public WhoCanReachResult whoCanReach(
      String to, String adminOf, int maxHops, boolean conditional) {
    TraversalOptions options = QueryLimits.traversal(maxHops, conditional);
    boolean hasTo = to != null && !to.isBlank();
    String account = InputKeys.accountId("adminOf", adminOf);
    if (hasTo == (account != null)) {
      throw new MalformedInputException("to", "give exactly one of to and adminOf");
    }
    if (hasTo) {
      AccessNode target = resolver.resolve("to", to);
      List<ReachedNode> reaching = new ArrayList<>();
      graph.reaching(target.arn(), options).forEach(r -> reaching.add(reached(r)));
      return new WhoCanReachResult(target.arn(), List.of(target.arn()), reaching);
    }
    List<String> targets = new ArrayList<>();
    List<ReachedNode> reaching = new ArrayList<>();
    AccessNode accountAdmin = accountAdminNode(account);
    if (accountAdmin != null) {
      targets.add(accountAdmin.arn());
    } else {
      for (AccessNode n : graph.nodes()) {
        if (n.admin() && account.equals(n.accountId())) {
          targets.add(n.arn());
          reaching.add(
              new ReachedNode(n.arn(), n.kind().name(), n.accountId(), true, 0, List.of()));
        }
      }
    }
    if (targets.isEmpty() && graph.nodes().stream().noneMatch(n -> account.equals(n.accountId()))) {
      throw new UnknownKeyException(account, "no account " + account + " in the access graph");
    }
    Traversals.reachingAny(graph, targets, options).forEach(r -> reaching.add(reached(r)));
    return new WhoCanReachResult("admin-of:" + account, targets, reaching);
  }

  /** Non-admin principals and instances that reach an admin; filters by their account or OU. */
  public EscalationsResult escalations(
      String account, String ou, int maxHops, boolean conditional) {
    TraversalOptions options = QueryLimits.traversal(maxHops, conditional);
    String accountId = InputKeys.accountId("account", account);
    String unit = InputKeys.orgUnitId("ou", ou);
    java.util.Set<String> inUnit =
        unit == null ? null : OrganizationTree.accountsUnder(snapshot.get().snapshot(), unit);
    List<Escalation> out = new ArrayList<>();
    for (EscalationIndex.Entry e : escalations.all(options)) {
      if ((accountId == null || accountId.equals(e.account()))
          && (inUnit == null || inUnit.contains(e.account()))) {
        out.add(e.escalation());
      }
    }
    return new EscalationsResult(out);
  }

  /**
   * Findings, most severe first, filtered by severity and type (names of the analysis' enums, any
   * case) and by the account that holds the resource.
   */
  public FindingsResult findings(String severity, String type, String account) {
    return findings.filter(severity, type, account);
  }

  public CanResult can(
      String principal, String action, String resource, Map<String, String> context) {
    return policies.can(principal, action, resource, context);
  }

  public AdminsResult admins(String account) {
    return policies.admins(account);
  }

  public EffectivePermissions permissions(String principal) {
    return policies.permissions(principal);
  }

  public SearchResult search(String text, int page, int size) {
    return search.get().search(text, page, size);
  }

  public NodeDetail node(String id, int page, int size) {
    int p = QueryLimits.page(page);
    int s = QueryLimits.pageSize(size);
    return details.of(resolver.resolve("id", id), p, s);
  }

  public OrganizationView organization() {
    Map<String, Integer> escalationCounts = new HashMap<>();
    for (EscalationIndex.Entry e : escalations.all(TraversalOptions.defaults())) {
      if (e.account() != null) {
        escalationCounts.merge(e.account(), 1, Integer::sum);
      }
    }
    Map<String, Integer> findingCounts = new HashMap<>();
    for (FindingRow f : findings.all()) {
      if (f.account() != null) {
        findingCounts.merge(f.account(), 1, Integer::sum);
      }
    }
    return OrganizationTree.build(
        snapshot.get().snapshot(), graph, escalationCounts, findingCounts);
  }

  /** The node and its neighbours up to {@code depth} hops either way. */
  public Subgraph neighbourhood(String id, int depth, int maxNodes) {
    return Subgraphs.around(graph, resolver.resolve("id", id), QueryLimits.depth(depth), maxNodes);
  }

  public Subgraph pathsGraph(String from, String to, int k, int maxHops, boolean conditional) {
    int checkedK = QueryLimits.k(k);
    TraversalOptions options = QueryLimits.traversal(maxHops, conditional);
    AccessNode source = resolver.resolve("from", from);
    AccessNode target = resolver.resolve("to", to);
    return Subgraphs.of(
        graph, source, PathFinder.paths(graph, source.arn(), target.arn(), checkedK, options));
  }

  public Subgraph blastRadiusGraph(String from, int maxHops, boolean conditional, int maxNodes) {
    TraversalOptions options = QueryLimits.traversal(maxHops, conditional);
    AccessNode source = resolver.resolve("from", from);
    return Subgraphs.reach(graph, source, graph.reachableFrom(source.arn(), options), maxNodes);
  }

  public EdgeView edgeView(AccessEdge edge) {
    return EdgeView.of(edge, methods.describe(edge));
  }

  private static ReachedNode reached(Reach r) {
    AccessNode n = r.node();
    return new ReachedNode(
        n.arn(), n.kind().name(), n.accountId(), n.admin(), r.hops(), PathStep.of(r.path()));
  }

  private AccessNode accountAdminNode(String account) {
    for (AccessNode n : graph.nodes()) {
      if (n.kind() == NodeKind.ACCOUNT_ADMIN && account.equals(n.accountId())) {
        return n;
      }
    }
    return null;
  }
}
