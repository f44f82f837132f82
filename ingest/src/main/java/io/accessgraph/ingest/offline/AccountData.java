package io.accessgraph.ingest.offline;

import io.accessgraph.model.ec2.Ec2Instance;
import io.accessgraph.model.iam.Group;
import io.accessgraph.model.iam.IdentityProvider;
import io.accessgraph.model.iam.InstanceProfile;
import io.accessgraph.model.iam.ManagedPolicy;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.ServiceResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the files have said so far about one account. Entities are keyed by ARN in sorted maps so
 * that the snapshot comes out in the same order whatever order the files and their entries had.
 */
final class AccountData {
  private final String accountId;
  private final Map<String, User> users = new TreeMap<>();
  private final Map<String, Group> groups = new TreeMap<>();
  private final Map<String, Role> roles = new TreeMap<>();
  private final Map<String, ManagedPolicy> policies = new TreeMap<>();
  private final Map<String, InstanceProfile> instanceProfiles = new TreeMap<>();
  private final Map<String, Ec2Instance> instances = new TreeMap<>();
  private final Map<String, IdentityProvider> identityProviders = new TreeMap<>();
  private final Map<String, ServiceResource> resources = new TreeMap<>();

  AccountData(String accountId) {
    this.accountId = accountId;
  }

  String accountId() {
    return accountId;
  }

  void addUser(User user, FileProblems problems) {
    put(users, user.arn(), user, "user", problems);
  }

  /** Replaces a user already added, e.g. with credential facts attached. */
  void replaceUser(User user) {
    users.put(user.arn(), user);
  }

  Optional<User> user(String arn) {
    return Optional.ofNullable(users.get(arn));
  }

  List<User> usersNamed(String name) {
    return users.values().stream().filter(u -> u.name().equals(name)).toList();
  }

  void addGroup(Group group, FileProblems problems) {
    put(groups, group.arn(), group, "group", problems);
  }

  void addRole(Role role, FileProblems problems) {
    put(roles, role.arn(), role, "role", problems);
  }

  void addPolicy(ManagedPolicy policy, FileProblems problems) {
    put(policies, policy.arn(), policy, "managed policy", problems);
  }

  void addInstance(Ec2Instance instance, FileProblems problems) {
    put(instances, instance.arn(), instance, "instance", problems);
  }

  void addIdentityProvider(IdentityProvider provider, FileProblems problems) {
    put(identityProviders, provider.arn(), provider, "identity provider", problems);
  }

  void addResource(ServiceResource resource, FileProblems problems) {
    put(resources, resource.arn(), resource, resource.kind(), problems);
  }

  /**
   * Instance profiles are listed under each role they hold, so the same profile is met more than
   * once; the role lists are merged.
   */
  void addInstanceProfile(InstanceProfile profile) {
    instanceProfiles.merge(
        profile.arn(),
        profile,
        (old, added) -> {
          TreeSet<String> roleArns = new TreeSet<>(old.roleArns());
          roleArns.addAll(added.roleArns());
          return new InstanceProfile(
              old.arn(),
              old.name(),
              old.instanceProfileId(),
              old.path(),
              new ArrayList<>(roleArns));
        });
  }

  AccountSnapshot toSnapshot() {
    return new AccountSnapshot(
        accountId,
        List.copyOf(users.values()),
        List.copyOf(groups.values()),
        List.copyOf(roles.values()),
        List.copyOf(policies.values()),
        List.copyOf(instanceProfiles.values()),
        List.copyOf(instances.values()),
        List.copyOf(identityProviders.values()),
        List.copyOf(resources.values()));
  }

  // The same entity may arrive twice (two pages, one account exported twice); identical copies
  // are harmless, a differing copy means the inputs were taken at different times.
  private static <T> void put(
      Map<String, T> map, String arn, T value, String kind, FileProblems problems) {
    T previous = map.put(arn, value);
    if (previous != null && !previous.equals(value)) {
      problems.add(
          arn,
          kind
              + " "
              + arn
              + " appears in more than one file with different content; the copy in "
              + problems.source()
              + " is used");
    }
  }
}
