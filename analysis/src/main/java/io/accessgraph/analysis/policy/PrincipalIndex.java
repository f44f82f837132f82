package io.accessgraph.analysis.policy;

import io.accessgraph.analysis.policy.compile.CompiledPolicy;
import io.accessgraph.model.iam.Group;
import io.accessgraph.model.iam.InlinePolicy;
import io.accessgraph.model.iam.ManagedPolicy;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every user and role of a snapshot with its identity policies (user inline and attached, each
 * group's inline and attached; role inline and attached; managed policies by their default
 * version), boundary and trust policy, compiled once. Managed policies are compiled once for the
 * whole snapshot, since AWS-managed ones are shared by every account.
 */
final class PrincipalIndex {
  private final Map<String, CompiledPolicy> managed = new HashMap<>();
  private final Map<String, PolicySet> boundaries = new HashMap<>();
  private final Map<List<CompiledPolicy>, PolicySet> identitySets = new HashMap<>();
  private final Map<String, IamPrincipal> byArn = new LinkedHashMap<>();
  private final Map<String, IamPrincipal> byUniqueId = new HashMap<>();
  private final Map<String, IamPrincipal> roleByAccountAndName = new HashMap<>();
  private final List<String> problems = new ArrayList<>();

  PrincipalIndex(Snapshot snapshot, Org org) {
    for (AccountSnapshot account : snapshot.accountList()) {
      for (ManagedPolicy p : account.policies()) {
        managed.computeIfAbsent(p.arn(), arn -> compile(arn, p));
      }
    }
    for (AccountSnapshot account : snapshot.accountList()) {
      Map<String, Group> groups = new HashMap<>();
      account.groups().forEach(g -> groups.put(g.name(), g));
      account.users().forEach(u -> add(user(u, account.accountId(), groups, org)));
      for (Role r : account.roles()) {
        IamPrincipal p = role(r, account.accountId(), org);
        add(p);
        roleByAccountAndName.put(account.accountId() + "/" + r.name(), p);
      }
    }
  }

  IamPrincipal byArn(String arn) {
    return byArn.get(arn);
  }

  IamPrincipal byUniqueId(String id) {
    return byUniqueId.get(id);
  }

  IamPrincipal role(String accountId, String roleName) {
    return roleByAccountAndName.get(accountId + "/" + roleName);
  }

  Collection<IamPrincipal> all() {
    return byArn.values();
  }

  List<String> problems() {
    return problems;
  }

  private void add(IamPrincipal p) {
    byArn.put(p.arn(), p);
    if (p.uniqueId() != null) {
      byUniqueId.put(p.uniqueId(), p);
    }
  }

  private CompiledPolicy compile(String id, ManagedPolicy p) {
    CompiledPolicy c = CompiledPolicy.compile(id, p.document());
    problems.addAll(c.problems());
    return c;
  }

  private IamPrincipal user(User u, String account, Map<String, Group> groups, Org org) {
    List<CompiledPolicy> identity = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    inline(u.arn(), u.inlinePolicies(), identity);
    attached(u.arn(), u.attachedPolicyArns(), identity, warnings);
    for (String groupName : u.groupNames()) {
      Group g = groups.get(groupName);
      if (g == null) {
        warnings.add(
            u.arn() + " is a member of group " + groupName + ", which is not in the snapshot");
        continue;
      }
      inline(g.arn(), g.inlinePolicies(), identity);
      attached(g.arn(), g.attachedPolicyArns(), identity, warnings);
    }
    return new IamPrincipal(
        IamPrincipal.Type.USER,
        u.arn(),
        u.name(),
        u.userId(),
        account,
        false,
        u.tags(),
        identitySet(identity),
        boundary(u.arn(), u.permissionsBoundaryArn(), warnings),
        null,
        org.scpChain(account),
        PrincipalKeys.forUser(u.arn(), u.name(), u.userId(), account, u.tags(), org),
        List.copyOf(warnings));
  }

  private IamPrincipal role(Role r, String account, Org org) {
    List<CompiledPolicy> identity = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    inline(r.arn(), r.inlinePolicies(), identity);
    attached(r.arn(), r.attachedPolicyArns(), identity, warnings);
    PolicySet trust = null;
    if (r.trustPolicy() != null) {
      CompiledPolicy compiled = CompiledPolicy.compile(r.arn() + "#trust", r.trustPolicy());
      problems.addAll(compiled.problems());
      trust = PolicySet.of(List.of(compiled), PolicyKind.TRUST);
    }
    return new IamPrincipal(
        IamPrincipal.Type.ROLE,
        r.arn(),
        r.name(),
        r.roleId(),
        account,
        r.serviceLinked(),
        r.tags(),
        identitySet(identity),
        boundary(r.arn(), r.permissionsBoundaryArn(), warnings),
        trust,
        org.scpChain(account),
        PrincipalKeys.forRole(r.arn(), r.roleId(), null, account, r.tags(), org),
        List.copyOf(warnings));
  }

  private void inline(String owner, List<InlinePolicy> policies, List<CompiledPolicy> into) {
    for (InlinePolicy p : policies) {
      CompiledPolicy c = CompiledPolicy.compile(owner + "#inline:" + p.name(), p.document());
      problems.addAll(c.problems());
      into.add(c);
    }
  }

  private void attached(
      String owner, List<String> arns, List<CompiledPolicy> into, List<String> warnings) {
    for (String arn : arns) {
      CompiledPolicy c = managed.get(arn);
      if (c == null) {
        warnings.add(owner + " has policy " + arn + " attached, which is not in the snapshot");
      } else {
        into.add(c);
      }
    }
  }

  /**
   * Principals with the same policies (only managed ones attached, say) share one set, and with it
   * its per-action statement cache.
   */
  private PolicySet identitySet(List<CompiledPolicy> policies) {
    return identitySets.computeIfAbsent(
        List.copyOf(policies), ps -> PolicySet.of(ps, PolicyKind.IDENTITY));
  }

  private PolicySet boundary(String owner, String arn, List<String> warnings) {
    if (arn == null || arn.isBlank()) {
      return null;
    }
    CompiledPolicy c = managed.get(arn);
    if (c == null) {
      warnings.add(
          owner + " has permissions boundary " + arn + ", which is not in the snapshot: ignored");
      return null;
    }
    return boundaries.computeIfAbsent(arn, a -> PolicySet.of(List.of(c), PolicyKind.BOUNDARY));
  }
}
