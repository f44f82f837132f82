package io.accessgraph.analysis.policy;

import io.accessgraph.analysis.policy.compile.CompiledPolicy;
import io.accessgraph.model.org.OrgPolicy;
import io.accessgraph.model.org.Organization;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The organization tree with its SCPs and RCPs compiled once and grouped per target (root, OU,
 * account), so an account's levels are a lookup. AWS: every level from the root down to the account
 * must allow; the management account is not affected by either policy type.
 */
final class Org {
  /** The policies attached directly to one target of the tree. */
  record Level(String targetId, PolicySet policies) {}

  private final Organization organization;
  private final Map<String, PolicySet> scpByTarget = new HashMap<>();
  private final Map<String, PolicySet> rcpByTarget = new HashMap<>();
  private final PolicySet noScps = PolicySet.empty(PolicyKind.SCP);
  private final PolicySet noRcps = PolicySet.empty(PolicyKind.RCP);
  private final boolean hasScps;
  private final boolean hasRcps;
  private final Set<String> rcpServices;
  private final Set<String> members = new HashSet<>();
  private final Map<String, LevelChain> scpChains = new ConcurrentHashMap<>();
  private final Map<String, LevelChain> rcpChains = new ConcurrentHashMap<>();
  private final List<String> problems = new ArrayList<>();

  Org(Optional<Organization> organization, Set<String> rcpServices) {
    this.organization = organization.orElse(null);
    this.rcpServices = rcpServices;
    Map<String, List<CompiledPolicy>> scps = new HashMap<>();
    Map<String, List<CompiledPolicy>> rcps = new HashMap<>();
    if (this.organization != null) {
      this.organization.accounts().forEach(a -> members.add(a.id()));
      for (OrgPolicy p : this.organization.policies()) {
        Map<String, List<CompiledPolicy>> into =
            OrgPolicy.SCP.equals(p.type()) ? scps : OrgPolicy.RCP.equals(p.type()) ? rcps : null;
        if (into == null) {
          continue;
        }
        CompiledPolicy compiled =
            CompiledPolicy.compile(p.arn() == null ? p.id() : p.arn(), p.document());
        problems.addAll(compiled.problems());
        for (String target : p.targetIds()) {
          into.computeIfAbsent(target, t -> new ArrayList<>()).add(compiled);
        }
      }
    }
    scps.forEach((t, ps) -> scpByTarget.put(t, PolicySet.of(ps, PolicyKind.SCP)));
    rcps.forEach((t, ps) -> rcpByTarget.put(t, PolicySet.of(ps, PolicyKind.RCP)));
    this.hasScps = !scps.isEmpty();
    this.hasRcps = !rcps.isEmpty();
  }

  /** False when no RCP is ingested: no resource account is then governed by one. */
  boolean hasRcps() {
    return hasRcps;
  }

  List<String> problems() {
    return problems;
  }

  boolean isMember(String accountId) {
    return accountId != null && members.contains(accountId);
  }

  boolean isManagementAccount(String accountId) {
    return organization != null
        && accountId != null
        && accountId.equals(organization.managementAccountId());
  }

  String orgId() {
    return organization == null ? null : organization.id();
  }

  String orgPath(String accountId) {
    return organization.orgPath(accountId);
  }

  /**
   * The SCP levels governing principals of the account, or null when SCPs do not apply: no
   * organization or no SCPs ingested, the account is not a member, or it is the management account.
   */
  List<Level> scpLevels(String accountId) {
    LevelChain chain = scpChain(accountId);
    return chain == null ? null : chain.levels();
  }

  /** {@link #scpLevels} with the per-action work of the account's levels cached. */
  LevelChain scpChain(String accountId) {
    if (!hasScps || !isMember(accountId) || isManagementAccount(accountId)) {
      return null;
    }
    LevelChain cached = scpChains.get(accountId);
    return cached != null
        ? cached
        : scpChains.computeIfAbsent(accountId, a -> chain(a, scpByTarget, noScps));
  }

  /** The RCP levels governing the account's resources for a service, or null when none apply. */
  LevelChain rcpChain(String accountId, String lowerCaseService) {
    if (!hasRcps
        || !isMember(accountId)
        || isManagementAccount(accountId)
        || !rcpServices.contains(lowerCaseService)) {
      return null;
    }
    LevelChain cached = rcpChains.get(accountId);
    return cached != null
        ? cached
        : rcpChains.computeIfAbsent(accountId, a -> chain(a, rcpByTarget, noRcps));
  }

  /** Targets without policies share one empty set: they allow nothing. */
  private LevelChain chain(String accountId, Map<String, PolicySet> byTarget, PolicySet none) {
    List<Level> out = new ArrayList<>();
    for (String id : organization.pathTo(accountId)) {
      out.add(new Level(id, byTarget.getOrDefault(id, none)));
    }
    return new LevelChain(out);
  }
}
