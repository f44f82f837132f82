package io.accessgraph.analysis.policy;

import io.accessgraph.analysis.policy.catalog.ActionCatalog;
import io.accessgraph.analysis.policy.compile.CallerIdentity;
import io.accessgraph.analysis.policy.compile.CompiledPolicy;
import io.accessgraph.model.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides what principals of a snapshot may do, as AWS decides it, with evidence. Built once per
 * snapshot: every policy is compiled and indexed up front; decisions only match. Thread-safe.
 */
public final class PolicyEngine {
  private static final ActionName ASSUME_ROLE = ActionName.of("sts:AssumeRole");
  private static final ActionName ASSUME_ROLE_WITH_SAML = ActionName.of("sts:AssumeRoleWithSAML");
  private static final ActionName ASSUME_ROLE_WITH_WEB_IDENTITY =
      ActionName.of("sts:AssumeRoleWithWebIdentity");

  private final Snapshot snapshot;
  private final Org org;
  private final PrincipalIndex principals;
  private final CallerResolver callers;
  private final Evaluator evaluator;
  private final ActionCatalog catalog;

  private PolicyEngine(Snapshot snapshot, ActionCatalog catalog) {
    this.snapshot = snapshot;
    this.catalog = catalog;
    this.org = new Org(snapshot.organization(), catalog.rcpSupportedServices());
    this.principals = new PrincipalIndex(snapshot, org);
    this.callers = new CallerResolver(principals, org, snapshot);
    this.evaluator = new Evaluator(org);
  }

  /** Indexes the snapshot's principals and compiles every policy once. */
  public static PolicyEngine of(Snapshot snapshot) {
    return new PolicyEngine(snapshot, ActionCatalog.bundled());
  }

  /** Policies that could not be fully understood (unknown operators, invalid principals). */
  public List<String> problems() {
    List<String> all = new ArrayList<>(principals.problems());
    all.addAll(org.problems());
    return all;
  }

  public ActionCatalog catalog() {
    return catalog;
  }

  /**
   * Decides a request for an ingested principal (user, role, or a session of a role). For {@code
   * sts:AssumeRole*} on an ingested role the role's trust policy is applied.
   *
   * @throws IllegalArgumentException when the principal or action cannot be understood
   */
  public Decision evaluate(AccessRequest request) {
    Caller caller = callers.resolve(request.principalArn());
    ResourceFacts resource = ResourceFacts.of(request, caller, principals);
    List<String> notes = List.of();
    PolicySet policy = null;
    boolean required = false;
    String action = request.action();
    if (request.resourcePolicy() != null) {
      CompiledPolicy compiled = CompiledPolicy.compile("resource-policy", request.resourcePolicy());
      notes = compiled.problems();
      policy = PolicySet.of(List.of(compiled), PolicyKind.RESOURCE);
      required = action.regionMatches(true, 0, "kms:", 0, 4);
    } else if (action.regionMatches(true, 0, "sts:AssumeRole", 0, 14)
        && resource.entity() != null
        && resource.entity().trust() != null) {
      policy = resource.entity().trust();
      required = true;
    }
    Target target =
        new Target(ActionName.of(action), request.resourceArn(), resource, policy, required);
    return evaluator.decide(caller, target, request.context(), notes);
  }

  /**
   * May the caller assume the role? The caller is a user, role or session ARN of the snapshot (full
   * evaluation of both sides), an account id or root ARN outside the snapshot, a service principal
   * or an identity provider ARN (trust side only). The action follows the caller: sts:AssumeRole,
   * sts:AssumeRoleWithWebIdentity for OIDC providers, sts:AssumeRoleWithSAML for SAML providers.
   *
   * @throws IllegalArgumentException when the role is not in the snapshot or the caller is unknown
   */
  public Decision canAssume(String callerArn, String roleArn) {
    IamPrincipal role = principals.byArn(roleArn);
    if (role == null || role.type() != IamPrincipal.Type.ROLE) {
      throw new IllegalArgumentException("role '" + roleArn + "' is not in the snapshot");
    }
    Caller caller = callers.resolve(callerArn);
    if (caller.isRoot()) {
      return Decision.deny(
          "the root user of an account cannot call sts:AssumeRole (AWS does not allow role"
              + " assumption with root user credentials)",
          List.of());
    }
    if (role.trust() == null) {
      return Decision.deny(role.arn() + " has no trust policy in the snapshot", List.of());
    }
    Target target =
        new Target(
            assumeAction(caller),
            role.arn(),
            ResourceFacts.known(role.accountId(), role.tags()),
            role.trust(),
            true);
    return evaluator.decide(caller, target, Map.of(), List.of());
  }

  /** Is the principal allowed every action on every resource, after denies, boundary and SCPs? */
  public AdminVerdict admin(String principalArn) {
    return new AdminCheck(org).check(callers.resolve(principalArn));
  }

  /** A compact summary by service of what the principal may do. */
  public EffectivePermissions permissions(String principalArn) {
    return new PermissionsSummary(org, catalog).summarize(callers.resolve(principalArn));
  }

  /** The ARNs of every ingested user and role, for callers that iterate over principals. */
  public List<String> principalArns() {
    List<String> out = new ArrayList<>();
    principals.all().forEach(p -> out.add(p.arn()));
    return out;
  }

  private static ActionName assumeAction(Caller caller) {
    if (caller.identity().kind() != CallerIdentity.Kind.FEDERATED) {
      return ASSUME_ROLE;
    }
    return caller.identity().arn().contains(":saml-provider/")
        ? ASSUME_ROLE_WITH_SAML
        : ASSUME_ROLE_WITH_WEB_IDENTITY;
  }

  Snapshot snapshot() {
    return snapshot;
  }
}
