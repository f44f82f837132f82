package io.accessgraph.api.query;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.EdgeKind;
import io.accessgraph.analysis.graph.NodeKind;
import io.accessgraph.analysis.policy.AccessRequest;
import io.accessgraph.analysis.policy.Decision;
import io.accessgraph.analysis.policy.EffectivePermissions;
import io.accessgraph.analysis.policy.PolicyEngine;
import io.accessgraph.api.view.AdminEntry;
import io.accessgraph.api.view.AdminsResult;
import io.accessgraph.api.view.CanResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** The policy engine's questions: may X do A on R, who is admin, what may X do. */
final class PolicyQueries {
  private static final Pattern CONTEXT_KEY = Pattern.compile("[A-Za-z0-9:/_.-]{1,128}");

  private final AccessGraph graph;
  private final NodeResolver resolver;
  private final Supplier<SnapshotIndex> snapshot;
  private final Supplier<PolicyEngine> engine;
  private final BoundedCache<String, List<String>> adminEvidence = new BoundedCache<>(10_000);
  private final BoundedCache<String, EffectivePermissions> permissions = new BoundedCache<>(2_000);

  PolicyQueries(
      AccessGraph graph,
      NodeResolver resolver,
      Supplier<SnapshotIndex> snapshot,
      Supplier<PolicyEngine> engine) {
    this.graph = graph;
    this.resolver = resolver;
    this.snapshot = snapshot;
    this.engine = engine;
  }

  CanResult can(String principal, String action, String resource, Map<String, String> context) {
    String caller = callerArn("principal", principal);
    String checkedAction = InputKeys.action(action);
    String checkedResource = InputKeys.resource(resource);
    Map<String, String> checkedContext = new LinkedHashMap<>();
    if (context != null) {
      context.forEach(
          (k, v) -> {
            if (k == null || !CONTEXT_KEY.matcher(k).matches()) {
              throw new MalformedInputException(
                  "context",
                  "context: '"
                      + InputKeys.shorten(String.valueOf(k))
                      + "' is not a condition key (e.g. aws:SourceIp)");
            }
            checkedContext.put(k, InputKeys.present("context " + k, v));
          });
    }
    Decision d =
        engine
            .get()
            .evaluate(
                new AccessRequest(
                    caller, checkedAction, checkedResource, checkedContext, null, null));
    List<String> evidence = new ArrayList<>();
    d.evidence().forEach(e -> evidence.add(e.toString()));
    return new CanResult(
        d.verdict().name(), evidence, d.unresolvedConditions(), d.reasons(), d.warnings());
  }

  AdminsResult admins(String account) {
    String accountId = InputKeys.accountId("account", account);
    List<AdminEntry> out = new ArrayList<>();
    for (AccessNode node : graph.nodes()) {
      if (!node.admin()
          || node.kind() == NodeKind.ACCOUNT_ADMIN
          || (accountId != null && !accountId.equals(node.accountId()))) {
        continue;
      }
      Interrupts.check();
      out.add(new AdminEntry(node.arn(), node.accountId(), adminEvidence(node)));
    }
    out.sort(Comparator.comparing(AdminEntry::account).thenComparing(AdminEntry::principal));
    return new AdminsResult(out);
  }

  /** The admin verdict's evidence for one node, empty when the engine does not know it. */
  List<String> adminEvidence(AccessNode node) {
    if (!node.admin() || !snapshot.get().isIamPrincipal(node.arn())) {
      return List.of();
    }
    return adminEvidence.get(
        node.arn(),
        arn -> engine.get().admin(arn).evidence().stream().map(Object::toString).toList());
  }

  EffectivePermissions permissions(String principal) {
    List<String> principals = permissionPrincipals(resolver.resolve("principal", principal));
    if (principals.isEmpty()) {
      throw new IllegalArgumentException(
          "principal: '"
              + InputKeys.shorten(principal.strip())
              + "' is not an ingested IAM user or role (or an instance running as one), so its"
              + " policies are unknown");
    }
    return permissionsOf(principals.get(0));
  }

  private EffectivePermissions permissionsOf(String principal) {
    return permissions.get(principal, arn -> engine.get().permissions(arn));
  }

  /** Permissions summaries by principal: the node's own, or an instance's roles'. */
  List<EffectivePermissions> permissionsOf(AccessNode node) {
    List<EffectivePermissions> out = new ArrayList<>();
    for (String arn : permissionPrincipals(node)) {
      out.add(permissionsOf(arn));
    }
    return out;
  }

  /** An ingested user or role for the engine: itself, or for an instance the roles it runs as. */
  List<String> permissionPrincipals(AccessNode node) {
    List<String> out = new ArrayList<>();
    if (node.kind() == NodeKind.EC2_INSTANCE) {
      for (AccessEdge e : graph.outgoing(node.arn())) {
        if (e.kind() == EdgeKind.RUNS_AS && snapshot.get().isIamPrincipal(e.to())) {
          out.add(e.to());
        }
      }
    } else if (snapshot.get().isIamPrincipal(node.arn())) {
      out.add(node.arn());
    }
    return out;
  }

  /** The caller for the engine: a session ARN as given (the engine knows sessions), else a node. */
  private String callerArn(String parameter, String input) {
    AccessNode node = resolver.resolve(parameter, input);
    if (InputKeys.classify(parameter, input) == InputKeys.Kind.SESSION_ARN) {
      return input.strip();
    }
    List<String> principals = permissionPrincipals(node);
    if (principals.isEmpty()) {
      throw new IllegalArgumentException(
          parameter
              + ": "
              + node.arn()
              + " is a "
              + node.kind()
              + " whose policies are not ingested: ask about a user, role or instance");
    }
    return principals.get(0);
  }
}
