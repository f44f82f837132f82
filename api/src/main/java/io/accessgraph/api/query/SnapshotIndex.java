package io.accessgraph.api.query;

import io.accessgraph.model.ec2.Ec2Instance;
import io.accessgraph.model.iam.AccessKey;
import io.accessgraph.model.iam.Group;
import io.accessgraph.model.iam.InstanceProfile;
import io.accessgraph.model.iam.ManagedPolicy;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.Snapshot;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The stored raw data keyed for lookups: entities by ARN, groups by name, access keys by id. */
final class SnapshotIndex {
  private final Snapshot snapshot;
  private final Map<String, User> users = new HashMap<>();
  private final Map<String, Role> roles = new HashMap<>();
  private final Map<String, Group> groups = new HashMap<>();
  private final Map<String, ManagedPolicy> policies = new HashMap<>();
  private final Map<String, Ec2Instance> instances = new HashMap<>();
  private final Map<String, InstanceProfile> profiles = new HashMap<>();
  private final Map<String, User> accessKeyUsers = new HashMap<>();

  SnapshotIndex(Snapshot snapshot) {
    this.snapshot = snapshot;
    for (AccountSnapshot account : snapshot.accountList()) {
      for (User user : account.users()) {
        users.put(user.arn(), user);
        for (AccessKey key : user.accessKeys()) {
          accessKeyUsers.put(key.accessKeyId(), user);
        }
      }
      account.roles().forEach(r -> roles.put(r.arn(), r));
      account.groups().forEach(g -> groups.put(account.accountId() + "/" + g.name(), g));
      account.policies().forEach(p -> policies.putIfAbsent(p.arn(), p));
      account.instances().forEach(i -> instances.put(i.arn(), i));
      account.instanceProfiles().forEach(p -> profiles.put(p.arn(), p));
    }
  }

  Snapshot snapshot() {
    return snapshot;
  }

  Optional<User> user(String arn) {
    return Optional.ofNullable(users.get(arn));
  }

  Optional<Role> role(String arn) {
    return Optional.ofNullable(roles.get(arn));
  }

  Optional<Group> group(String accountId, String name) {
    return Optional.ofNullable(groups.get(accountId + "/" + name));
  }

  Optional<ManagedPolicy> policy(String arn) {
    return Optional.ofNullable(policies.get(arn));
  }

  Optional<Ec2Instance> instance(String arn) {
    return Optional.ofNullable(instances.get(arn));
  }

  Optional<InstanceProfile> instanceProfile(String arn) {
    return Optional.ofNullable(profiles.get(arn));
  }

  /** The user owning a long-lived access key, when the key was ingested. */
  Optional<User> userForAccessKey(String accessKeyId) {
    return Optional.ofNullable(accessKeyUsers.get(accessKeyId));
  }

  Map<String, User> accessKeyUsers() {
    return accessKeyUsers;
  }

  /** True for an ingested user or role: the policy engine knows its policies. */
  boolean isIamPrincipal(String arn) {
    return users.containsKey(arn) || roles.containsKey(arn);
  }
}
