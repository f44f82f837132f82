package io.accessgraph.store;

import io.accessgraph.model.iam.AccessKey;
import io.accessgraph.model.iam.Group;
import io.accessgraph.model.iam.InlinePolicy;
import io.accessgraph.model.iam.InstanceProfile;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.org.OrgPolicy;
import io.accessgraph.model.org.Organization;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.Snapshot;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** A snapshot with every list in a canonical order and without ingest problems, for equality. */
final class Normalized {
  private Normalized() {}

  static Snapshot of(Snapshot s) {
    Map<String, AccountSnapshot> accounts = new TreeMap<>();
    s.accounts().values().forEach(a -> accounts.put(a.accountId(), of(a)));
    return new Snapshot(s.organization().map(Normalized::of), accounts, List.of());
  }

  static AccountSnapshot of(AccountSnapshot a) {
    return new AccountSnapshot(
        a.accountId(),
        sort(a.users().stream().map(Normalized::of).toList(), User::arn),
        sort(a.groups().stream().map(Normalized::of).toList(), Group::arn),
        sort(a.roles().stream().map(Normalized::of).toList(), Role::arn),
        sort(a.policies(), p -> p.arn()),
        sort(
            a.instanceProfiles().stream()
                .map(
                    p ->
                        new InstanceProfile(
                            p.arn(),
                            p.name(),
                            p.instanceProfileId(),
                            p.path(),
                            sorted(p.roleArns())))
                .toList(),
            InstanceProfile::arn),
        sort(a.instances(), i -> i.arn()),
        sort(a.identityProviders(), p -> p.arn()),
        sort(a.resources(), r -> r.arn()));
  }

  private static User of(User u) {
    return new User(
        u.arn(),
        u.name(),
        u.userId(),
        u.path(),
        u.createDate(),
        sorted(u.groupNames()),
        sort(u.inlinePolicies(), InlinePolicy::name),
        sorted(u.attachedPolicyArns()),
        u.permissionsBoundaryArn(),
        u.tags(),
        sort(u.accessKeys(), AccessKey::accessKeyId),
        u.mfaActive(),
        u.passwordEnabled());
  }

  private static Group of(Group g) {
    return new Group(
        g.arn(),
        g.name(),
        g.groupId(),
        g.path(),
        sort(g.inlinePolicies(), InlinePolicy::name),
        sorted(g.attachedPolicyArns()));
  }

  private static Role of(Role r) {
    return new Role(
        r.arn(),
        r.name(),
        r.roleId(),
        r.path(),
        r.createDate(),
        r.trustPolicy(),
        sort(r.inlinePolicies(), InlinePolicy::name),
        sorted(r.attachedPolicyArns()),
        r.permissionsBoundaryArn(),
        r.tags(),
        sorted(r.instanceProfileArns()),
        r.lastUsedDate());
  }

  static Organization of(Organization o) {
    return new Organization(
        o.id(),
        o.arn(),
        o.managementAccountId(),
        sort(o.roots(), r -> r.id()),
        sort(o.units(), u -> u.id()),
        sort(o.accounts(), a -> a.id()),
        sort(
            o.policies().stream()
                .map(
                    p ->
                        new OrgPolicy(
                            p.id(),
                            p.arn(),
                            p.name(),
                            p.type(),
                            p.awsManaged(),
                            p.document(),
                            sorted(p.targetIds())))
                .toList(),
            OrgPolicy::id));
  }

  private static List<String> sorted(List<String> values) {
    return values.stream().sorted().toList();
  }

  private static <T> List<T> sort(List<T> values, Function<T, String> key) {
    return values.stream().sorted(Comparator.comparing(key)).toList();
  }
}
