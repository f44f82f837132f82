package io.accessgraph.analysis.escalation.rules;

import io.accessgraph.analysis.escalation.catalog.EscalationMethod;
import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.WellKnownNodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the rules share while they run over one account: its entities, its principals' grants, the
 * engine, the edges found so far, and who already reaches the account's admin node.
 *
 * <p>A principal that reaches "admin of the account" (it is an administrator, or one of its edges
 * leads to one, under conditions S) needs no further edge inside the account: admin implies them,
 * and they could only add the same reach under other conditions. Its remaining edges are searched
 * only towards gateways (principals with a cross-account edge), because the admin node is a sink
 * and the reach beyond the account must stay visible. Edges found before the admin reach and
 * carrying at least S are dropped at the end.
 */
final class AccountScope {
  final AccountView view;
  final GrantIndex grants;
  final Checker checker;
  final EdgeSink sink = new EdgeSink();
  final String adminNode;
  private final Map<String, List<String>> adminConditions;
  private final Set<String> gateways;
  private final Map<String, Set<String>> assumable;
  private final Map<String, List<Set<String>>> adminReach = new HashMap<>();

  /**
   * @param adminConditions administrators of the account: ARN → conditions of their admin verdict
   *     (empty when unconditional)
   * @param gateways principals of the account with an edge to another account
   * @param assumable principal → roles of the account it may assume (CAN_ASSUME edges)
   */
  AccountScope(
      AccountView view,
      GrantIndex grants,
      Checker checker,
      Map<String, List<String>> adminConditions,
      Set<String> gateways,
      Map<String, Set<String>> assumable) {
    this.view = view;
    this.grants = grants;
    this.checker = checker;
    this.adminNode = WellKnownNodes.accountAdmin(view.accountId);
    this.adminConditions = adminConditions;
    this.gateways = gateways;
    this.assumable = assumable;
    adminConditions.forEach((arn, conditions) -> reach(arn, conditions));
  }

  /** Candidate sources of a method: principals that may hold all its permissions. */
  List<Grants> sources(EscalationMethod method) {
    return grants.holders(lower(method.permissions()));
  }

  /** True when an edge from source to target would add nothing: skip deciding it. */
  boolean settled(String source, String target) {
    if (source.equals(target) || sink.hasUnconditional(source, target)) {
      return true;
    }
    return reachesAdmin(source) && !gateways.contains(target);
  }

  boolean reachesAdmin(String source) {
    return adminReach.containsKey(source);
  }

  /** Roles of the account the source may assume. */
  Set<String> assumableBy(String source) {
    return assumable.getOrDefault(source, Set.of());
  }

  /**
   * The candidate targets still worth deciding for the source: only gateways once it reaches the
   * admin node (see the class comment).
   */
  <T> List<T> open(String source, List<T> candidates, Function<T, String> arn) {
    if (!reachesAdmin(source)) {
      return candidates;
    }
    if (gateways.isEmpty()) {
      return List.of();
    }
    List<T> out = new ArrayList<>();
    for (T t : candidates) {
      if (gateways.contains(arn.apply(t))) {
        out.add(t);
      }
    }
    return out;
  }

  /** Admins first: once one is reached the rest of the account is settled. */
  <T> List<T> adminsFirst(List<T> items, Function<T, String> arn) {
    List<T> out = new ArrayList<>(items.size());
    for (T t : items) {
      if (adminConditions.containsKey(arn.apply(t))) {
        out.add(t);
      }
    }
    for (T t : items) {
      if (!adminConditions.containsKey(arn.apply(t))) {
        out.add(t);
      }
    }
    return out;
  }

  /** Offers an edge to the account's admin node, noting the boundary that still caps it. */
  void toAdmin(EscalationMethod method, Grants source, Proof proof) {
    String boundary = source.boundary();
    if (boundary != null) {
      proof.condition(
          "the permissions boundary "
              + boundary
              + " of "
              + source.arn
              + " still caps what the new permissions give");
    }
    offer(proof.edge(source.arn, adminNode, method.id()));
  }

  void offer(EscalationMethod method, Grants source, String target, Proof proof) {
    offer(proof.edge(source.arn, target, method.id()));
  }

  private void offer(AccessEdge edge) {
    sink.offer(edge);
    if (edge.to().equals(adminNode)) {
      reach(edge.from(), edge.conditions());
    } else if (adminConditions.containsKey(edge.to())) {
      List<String> all = new ArrayList<>(edge.conditions());
      all.addAll(adminConditions.get(edge.to()));
      reach(edge.from(), all);
    }
  }

  private void reach(String source, List<String> conditions) {
    adminReach.computeIfAbsent(source, k -> new ArrayList<>()).add(new HashSet<>(conditions));
  }

  /** Drops edges made redundant by an admin reach found after them. */
  void prune() {
    sink.removeIf(
        e -> {
          if (e.to().equals(adminNode)
              || adminConditions.containsKey(e.to())
              || gateways.contains(e.to())) {
            return false;
          }
          for (Set<String> s : adminReach.getOrDefault(e.from(), List.of())) {
            if (e.conditions().containsAll(s)) {
              return true;
            }
          }
          return false;
        });
  }

  static String lower(String action) {
    return action.toLowerCase(Locale.ROOT);
  }

  static List<String> lower(List<String> actions) {
    List<String> out = new ArrayList<>(actions.size());
    actions.forEach(a -> out.add(lower(a)));
    return out;
  }
}
