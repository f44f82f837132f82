package io.accessgraph.model.snapshot;

import io.accessgraph.model.ec2.Ec2Instance;
import io.accessgraph.model.iam.Group;
import io.accessgraph.model.iam.IdentityProvider;
import io.accessgraph.model.iam.InstanceProfile;
import io.accessgraph.model.iam.ManagedPolicy;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import java.util.List;

/**
 * Everything ingested about one account. AWS-managed policies appear in every account that uses
 * them; their ARN is the same everywhere.
 */
public record AccountSnapshot(
    String accountId,
    List<User> users,
    List<Group> groups,
    List<Role> roles,
    List<ManagedPolicy> policies,
    List<InstanceProfile> instanceProfiles,
    List<Ec2Instance> instances,
    List<IdentityProvider> identityProviders,
    List<ServiceResource> resources) {

  public AccountSnapshot {
    users = List.copyOf(users);
    groups = List.copyOf(groups);
    roles = List.copyOf(roles);
    policies = List.copyOf(policies);
    instanceProfiles = List.copyOf(instanceProfiles);
    instances = List.copyOf(instances);
    identityProviders = List.copyOf(identityProviders);
    resources = List.copyOf(resources);
  }

  public int principalCount() {
    return users.size() + roles.size();
  }
}
