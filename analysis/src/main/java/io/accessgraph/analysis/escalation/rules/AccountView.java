package io.accessgraph.analysis.escalation.rules;

import io.accessgraph.model.ec2.Ec2Instance;
import io.accessgraph.model.iam.Group;
import io.accessgraph.model.iam.InstanceProfile;
import io.accessgraph.model.iam.ManagedPolicy;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.ServiceResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One account's entities, indexed the ways the rules look them up: roles, users, groups, customer
 * policies and instances by ARN; roles by the service principals they trust; instance profiles by
 * role; who has which managed policy attached; resources by kind.
 */
final class AccountView {
  final String accountId;
  final ArnIndex<Role> roles;
  final ArnIndex<User> users;
  final ArnIndex<Group> groups;
  final ArnIndex<ManagedPolicy> customerPolicies;
  final ArnIndex<Ec2Instance> instances;
  final Map<String, ManagedPolicy> policies = new HashMap<>();
  final Map<String, Group> groupsByName = new HashMap<>();
  final Map<String, List<String>> profilesOfRole = new HashMap<>();
  final Map<String, InstanceProfile> profilesByArn = new HashMap<>();
  final Map<String, List<Role>> rolesWithPolicy = new HashMap<>();
  final Map<String, List<User>> usersWithPolicy = new HashMap<>();
  private final Map<String, ArnIndex<ServiceResource>> resourcesByKind = new HashMap<>();
  private final Map<String, List<Role>> rolesByService = new HashMap<>();
  private final boolean inventoryCollected;

  AccountView(AccountSnapshot account) {
    this.accountId = account.accountId();
    this.roles = new ArnIndex<>(account.roles(), Role::arn);
    this.users = new ArnIndex<>(account.users(), User::arn);
    this.groups = new ArnIndex<>(account.groups(), Group::arn);
    account.groups().forEach(g -> groupsByName.put(g.name(), g));
    account.policies().forEach(p -> policies.put(p.arn(), p));
    this.customerPolicies =
        new ArnIndex<>(
            account.policies().stream().filter(p -> !p.awsManaged()).toList(), ManagedPolicy::arn);
    this.instances =
        new ArnIndex<>(
            account.instances().stream()
                .filter(i -> !"terminated".equalsIgnoreCase(i.state()))
                .filter(i -> account.accountId().equals(i.accountId()))
                .toList(),
            Ec2Instance::arn);
    for (InstanceProfile p : account.instanceProfiles()) {
      profilesByArn.put(p.arn(), p);
      p.roleArns()
          .forEach(r -> profilesOfRole.computeIfAbsent(r, k -> new ArrayList<>()).add(p.arn()));
    }
    for (Role r : account.roles()) {
      for (String profile : r.instanceProfileArns()) {
        List<String> list = profilesOfRole.computeIfAbsent(r.arn(), k -> new ArrayList<>());
        if (!list.contains(profile)) {
          list.add(profile);
        }
      }
      r.attachedPolicyArns()
          .forEach(p -> rolesWithPolicy.computeIfAbsent(p, k -> new ArrayList<>()).add(r));
      for (String service : TrustedServices.of(r)) {
        rolesByService.computeIfAbsent(service, k -> new ArrayList<>()).add(r);
      }
    }
    for (User u : account.users()) {
      u.attachedPolicyArns()
          .forEach(p -> usersWithPolicy.computeIfAbsent(p, k -> new ArrayList<>()).add(u));
    }
    Map<String, List<ServiceResource>> byKind = new HashMap<>();
    for (ServiceResource r : account.resources()) {
      byKind.computeIfAbsent(r.kind().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(r);
    }
    byKind.forEach((k, v) -> resourcesByKind.put(k, new ArnIndex<>(v, ServiceResource::arn)));
    this.inventoryCollected = !account.resources().isEmpty();
  }

  /**
   * True when the account's service resources were collected. The snapshot cannot tell "none
   * collected" from "none exist", so an account with no resource at all counts as not collected.
   */
  boolean inventoryCollected() {
    return inventoryCollected;
  }

  ArnIndex<ServiceResource> resources(String kind) {
    ArnIndex<ServiceResource> r = resourcesByKind.get(kind.toLowerCase(Locale.ROOT));
    return r != null ? r : new ArnIndex<>(List.of(), ServiceResource::arn);
  }

  /** Roles whose trust policy lets any of the services assume them, in ARN order, each once. */
  List<Role> rolesTrusting(List<String> services) {
    if (services.size() == 1) {
      return rolesByService.getOrDefault(services.get(0), List.of());
    }
    Map<String, Role> out = new java.util.TreeMap<>();
    for (String s : services) {
      rolesByService.getOrDefault(s, List.of()).forEach(r -> out.putIfAbsent(r.arn(), r));
    }
    return new ArrayList<>(out.values());
  }

  List<String> profilesOf(String roleArn) {
    return profilesOfRole.getOrDefault(roleArn, List.of());
  }

  /** The roles an instance runs as, through its instance profile. */
  List<String> rolesOf(Ec2Instance instance) {
    InstanceProfile p = profilesByArn.get(instance.instanceProfileArn());
    return p == null ? List.of() : p.roleArns();
  }
}
