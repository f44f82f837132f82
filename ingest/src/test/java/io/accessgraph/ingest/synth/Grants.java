package io.accessgraph.ingest.synth;

import io.accessgraph.model.iam.Group;
import io.accessgraph.model.iam.InlinePolicy;
import io.accessgraph.model.iam.ManagedPolicy;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.policy.PolicyDocument;
import io.accessgraph.model.policy.Statement;
import io.accessgraph.model.snapshot.AccountSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A deliberately conservative reading of identity policies for the planted negatives: any Allow
 * whose action and resource patterns cover the request counts, conditions or not. If even this
 * finds no grant, no evaluation can.
 */
final class Grants {
  private Grants() {}

  /** The identity-policy documents of every user and role of the account, by principal ARN. */
  static Map<String, List<PolicyDocument>> identityPolicies(AccountSnapshot account) {
    Map<String, ManagedPolicy> managed =
        account.policies().stream().collect(Collectors.toMap(ManagedPolicy::arn, p -> p));
    Map<String, Group> groups =
        account.groups().stream().collect(Collectors.toMap(Group::name, Function.identity()));
    Map<String, List<PolicyDocument>> out = new java.util.TreeMap<>();
    for (User u : account.users()) {
      List<PolicyDocument> docs = new ArrayList<>();
      u.inlinePolicies().stream().map(InlinePolicy::document).forEach(docs::add);
      u.attachedPolicyArns().forEach(arn -> docs.add(managed.get(arn).document()));
      for (String g : u.groupNames()) {
        Group group = groups.get(g);
        group.inlinePolicies().stream().map(InlinePolicy::document).forEach(docs::add);
        group.attachedPolicyArns().forEach(arn -> docs.add(managed.get(arn).document()));
      }
      out.put(u.arn(), docs);
    }
    for (Role r : account.roles()) {
      List<PolicyDocument> docs = new ArrayList<>();
      r.inlinePolicies().stream().map(InlinePolicy::document).forEach(docs::add);
      r.attachedPolicyArns().forEach(arn -> docs.add(managed.get(arn).document()));
      out.put(r.arn(), docs);
    }
    return out;
  }

  /** True when some statement of that effect covers {@code action} on {@code resource}. */
  static boolean covers(List<PolicyDocument> docs, boolean allow, String action, String resource) {
    for (PolicyDocument doc : docs) {
      for (Statement s : doc.statements()) {
        if (s.isAllow() == allow && actionCovered(s, action) && resourceCovered(s, resource)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean actionCovered(Statement s, String action) {
    if (s.actions() != null) {
      return s.actions().stream().anyMatch(p -> matches(p, action, true));
    }
    return s.notActions() != null
        && s.notActions().stream().noneMatch(p -> matches(p, action, true));
  }

  private static boolean resourceCovered(Statement s, String resource) {
    if (s.resources() != null) {
      // A policy variable may stand for anything: count it as a match.
      return s.resources().stream()
          .anyMatch(p -> matches(p.replaceAll("\\$\\{[^}]*}", "*"), resource, false));
    }
    if (s.notResources() != null) {
      return s.notResources().stream().noneMatch(p -> matches(p, resource, false));
    }
    return true;
  }

  static boolean matches(String pattern, String value, boolean ignoreCase) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      regex.append(
          switch (c) {
            case '*' -> ".*";
            case '?' -> ".";
            default -> Pattern.quote(String.valueOf(c));
          });
    }
    return Pattern.compile(regex.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE : 0)
        .matcher(value)
        .matches();
  }
}
