package io.accessgraph.analysis.escalation.rules;

import io.accessgraph.analysis.escalation.catalog.EdgeFacts;
import io.accessgraph.analysis.escalation.catalog.EscalationMethod;
import io.accessgraph.model.Arn;
import io.accessgraph.model.snapshot.ServiceResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The permissions of a method other than iam:PassRole, for one source: the actions on a resource
 * the attacker creates (asked on the resource patterns it holds), and the actions on the existing
 * resource the method needs. With the account's resource inventory, that resource must exist and
 * the actions must be allowed on it; without, the edge is only potential and says so.
 */
final class ExistingResources {
  /** How the condition of an edge that is only potential starts. */
  static final String POTENTIAL = "potential: ";

  private ExistingResources() {}

  /**
   * @param resource the existing resource the method acts on, or null to let this pick one (or
   *     none, for methods that need none)
   * @return the proof so far, or null when a permission is denied or no resource fits
   */
  static Proof prove(
      AccountScope scope, EscalationMethod m, Grants source, ServiceResource resource) {
    Proof p = created(scope, m, source, resource == null ? null : region(resource.arn()));
    if (p == null || m.existingResource() == null) {
      return p;
    }
    if (resource != null) {
      return onResource(scope, m, source, resource, p) ? p : null;
    }
    if (!scope.view.inventoryCollected()) {
      if (!anywhere(scope, m, source, p)) {
        return null;
      }
      p.condition(potential(scope, m, null));
      return p;
    }
    for (ServiceResource r : candidates(scope, m, source)) {
      Proof trial = p.copy();
      if (onResource(scope, m, source, r, trial)) {
        return trial;
      }
    }
    return null;
  }

  /** The actions on resources the attacker creates; null when one is denied. */
  static Proof created(AccountScope scope, EscalationMethod m, Grants source, String region) {
    Proof p = new Proof();
    for (String action : m.permissions()) {
      if (action.equalsIgnoreCase("iam:PassRole") || m.resourceActions().contains(action)) {
        continue;
      }
      if (!p.add(
          scope.checker.onSomeResource(source, AccountScope.lower(action), action, region))) {
        return null;
      }
    }
    return p;
  }

  /** The actions on the existing resource, on any resource the source's patterns name. */
  static boolean anywhere(AccountScope scope, EscalationMethod m, Grants source, Proof p) {
    for (String action : m.resourceActions()) {
      if (!p.add(scope.checker.onSomeResource(source, AccountScope.lower(action), action, null))) {
        return false;
      }
    }
    return true;
  }

  /** Resources of the method's kind that the source's patterns for its first action may name. */
  static List<ServiceResource> candidates(AccountScope scope, EscalationMethod m, Grants source) {
    ArnIndex<ServiceResource> index = scope.view.resources(m.existingResource());
    if (m.resourceActions().isEmpty()) {
      return new ArrayList<>(index.all());
    }
    return index.matchingAny(source.patterns(AccountScope.lower(m.resourceActions().get(0))));
  }

  private static boolean onResource(
      AccountScope scope, EscalationMethod m, Grants source, ServiceResource r, Proof p) {
    String region = region(r.arn());
    List<Attempt> attempts = new ArrayList<>();
    for (String action : m.resourceActions()) {
      attempts.add(scope.checker.decide(source.arn, action, r.arn(), region, Map.of()));
    }
    if (!p.addAll(attempts)) {
      return false;
    }
    p.fact(EdgeFacts.RESOURCE + r.arn());
    return true;
  }

  /** The condition of an edge whose existing resource cannot be checked. */
  static String potential(AccountScope scope, EscalationMethod m, String roleArn) {
    return POTENTIAL
        + "the resource inventory of account "
        + scope.view.accountId
        + " was not collected; an existing "
        + m.existingResource().toLowerCase(Locale.ROOT)
        + (roleArn == null ? "" : " running as " + roleArn)
        + " is needed";
  }

  static String region(String arn) {
    Arn parsed = Arn.tryParse(arn);
    return parsed == null || parsed.region().isEmpty() ? null : parsed.region();
  }
}
