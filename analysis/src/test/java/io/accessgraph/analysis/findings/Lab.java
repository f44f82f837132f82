package io.accessgraph.analysis.findings;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.EdgeKind;
import io.accessgraph.analysis.graph.NodeKind;
import io.accessgraph.analysis.policy.AdminVerdict;
import io.accessgraph.analysis.policy.PolicyEngine;
import io.accessgraph.analysis.policy.Verdict;
import io.accessgraph.model.ec2.Ec2Instance;
import io.accessgraph.model.iam.AccessKey;
import io.accessgraph.model.iam.InlinePolicy;
import io.accessgraph.model.iam.InstanceProfile;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.org.OrgAccount;
import io.accessgraph.model.org.OrgRoot;
import io.accessgraph.model.org.Organization;
import io.accessgraph.model.policy.PolicyDocument;
import io.accessgraph.model.policy.PolicyDocumentParser;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tiny world for findings tests: a snapshot built by hand (policies as JSON with single quotes)
 * and the access graph over it, with the edges each test draws. Nodes, admin flags, "admin of"
 * nodes and instance → role edges come from the snapshot and the engine, as the analysis makes
 * them.
 */
final class Lab {
  static final String A = "111111111111";
  static final String B = "222222222222";
  static final String OUTSIDE = "999999999999";
  static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
  static final String ADMIN_POLICY = "{'Statement':{'Effect':'Allow','Action':'*','Resource':'*'}}";
  static final String EC2_TRUST =
      "{'Statement':{'Effect':'Allow','Principal':{'Service':'ec2.amazonaws.com'},"
          + "'Action':'sts:AssumeRole'}}";

  private final Map<String, List<User>> users = new LinkedHashMap<>();
  private final Map<String, List<Role>> roles = new LinkedHashMap<>();
  private final Map<String, List<Ec2Instance>> instances = new LinkedHashMap<>();
  private final Map<String, List<InstanceProfile>> profiles = new LinkedHashMap<>();
  private final List<AccessEdge> edges = new ArrayList<>();
  private List<String> orgMembers;
  private Snapshot snapshot;

  static PolicyDocument doc(String singleQuoted) {
    return PolicyDocumentParser.parse(singleQuoted.replace('\'', '"'));
  }

  /** A trust policy of one Allow statement; {@code principal} and {@code condition} as JSON. */
  static String trust(String principal, String condition) {
    return "{'Statement':[{'Effect':'Allow','Principal':"
        + principal
        + ",'Action':'sts:AssumeRole'"
        + (condition == null ? "" : ",'Condition':" + condition)
        + "}]}";
  }

  static String roleArn(String account, String name) {
    return "arn:aws:iam::" + account + ":role/" + name;
  }

  static String userArn(String account, String name) {
    return "arn:aws:iam::" + account + ":user/" + name;
  }

  /** The "admin of account" node of this graph (the analysis names them its own way). */
  static String accountAdmin(String account) {
    return "admin-of:" + account;
  }

  /** An organization whose members are the given accounts (the first is the management). */
  Lab org(String... members) {
    orgMembers = List.of(members);
    return this;
  }

  Lab account(String id) {
    users.computeIfAbsent(id, a -> new ArrayList<>());
    roles.computeIfAbsent(id, a -> new ArrayList<>());
    return this;
  }

  /** A role with the given trust policy and, when given, one inline policy. */
  String role(String account, String name, String trustJson, String inlineJson) {
    account(account);
    String arn = roleArn(account, name);
    roles
        .get(account)
        .add(
            new Role(
                arn,
                name,
                "AROA" + name,
                "/",
                null,
                doc(trustJson),
                inlineJson == null
                    ? List.of()
                    : List.of(new InlinePolicy("inline", doc(inlineJson))),
                List.of(),
                null,
                Map.of(),
                List.of(),
                null));
    return arn;
  }

  String user(
      String account,
      String name,
      String inlineJson,
      List<AccessKey> keys,
      Boolean mfa,
      Boolean password) {
    account(account);
    String arn = userArn(account, name);
    users
        .get(account)
        .add(
            new User(
                arn,
                name,
                "AIDA" + name,
                "/",
                null,
                List.of(),
                inlineJson == null
                    ? List.of()
                    : List.of(new InlinePolicy("inline", doc(inlineJson))),
                List.of(),
                null,
                Map.of(),
                keys,
                mfa,
                password));
    return arn;
  }

  /** An instance in us-east-1; with a role, through a profile named after the instance. */
  String instance(String account, String id, String state, String httpTokens, String roleArn) {
    account(account);
    String profileArn = null;
    if (roleArn != null) {
      profileArn = "arn:aws:iam::" + account + ":instance-profile/" + id + "-profile";
      profiles
          .computeIfAbsent(account, a -> new ArrayList<>())
          .add(
              new InstanceProfile(profileArn, id + "-profile", "AIPA" + id, "/", List.of(roleArn)));
    }
    Ec2Instance instance =
        new Ec2Instance(
            id,
            account,
            "us-east-1",
            "us-east-1a",
            state,
            profileArn,
            httpTokens,
            "enabled",
            null,
            "10.0.0.1",
            null,
            Map.of("Name", id + "-name"));
    instances.computeIfAbsent(account, a -> new ArrayList<>()).add(instance);
    return instance.arn();
  }

  /** An edge the analysis would have found, e.g. a role assumption. */
  Lab edge(String from, String to, EdgeKind kind, boolean conditional) {
    edges.add(
        new AccessEdge(
            from,
            to,
            kind,
            kind == EdgeKind.CAN_ASSUME ? "sts-001" : "iam-001",
            conditional,
            conditional ? List.of("aws:MultiFactorAuthPresent") : List.of(),
            List.of("granted by " + from + " statement 0")));
    return this;
  }

  /** An edge exactly as given. */
  Lab edge(AccessEdge edge) {
    edges.add(edge);
    return this;
  }

  Snapshot snapshot() {
    if (snapshot == null) {
      Map<String, AccountSnapshot> accounts = new LinkedHashMap<>();
      for (String id : roles.keySet()) {
        accounts.put(
            id,
            new AccountSnapshot(
                id,
                users.get(id),
                List.of(),
                roles.get(id),
                List.of(),
                profiles.getOrDefault(id, List.of()),
                instances.getOrDefault(id, List.of()),
                List.of(),
                List.of()));
      }
      Optional<Organization> organization = Optional.empty();
      if (orgMembers != null) {
        List<OrgAccount> members = new ArrayList<>();
        orgMembers.forEach(m -> members.add(new OrgAccount(m, null, m, null, "ACTIVE", "r-root")));
        organization =
            Optional.of(
                new Organization(
                    "o-lab",
                    "arn:aws:organizations::" + orgMembers.get(0) + ":organization/o-lab",
                    orgMembers.get(0),
                    List.of(new OrgRoot("r-root", null, "Root")),
                    List.of(),
                    members,
                    List.of()));
      }
      snapshot = new Snapshot(organization, accounts, List.of());
    }
    return snapshot;
  }

  /** The graph: every principal and instance, "admin of" nodes, admin and instance edges. */
  AccessGraphData graph(PolicyEngine engine) {
    Map<String, AccessNode> nodes = new LinkedHashMap<>();
    List<AccessEdge> all = new ArrayList<>();
    for (AccountSnapshot account : snapshot().accountList()) {
      String adminNode = accountAdmin(account.accountId());
      nodes.put(
          adminNode,
          new AccessNode(adminNode, NodeKind.ACCOUNT_ADMIN, account.accountId(), "admin", true));
      List<String[]> principals = new ArrayList<>();
      account.users().forEach(u -> principals.add(new String[] {u.arn(), u.name(), "USER"}));
      account.roles().forEach(r -> principals.add(new String[] {r.arn(), r.name(), "ROLE"}));
      for (String[] p : principals) {
        AdminVerdict verdict = engine.admin(p[0]);
        nodes.put(
            p[0],
            new AccessNode(
                p[0], NodeKind.valueOf(p[2]), account.accountId(), p[1], verdict.admin()));
        if (verdict.verdict() != Verdict.DENY) {
          all.add(
              new AccessEdge(
                  p[0],
                  adminNode,
                  EdgeKind.CAN_ESCALATE,
                  "admin",
                  verdict.verdict() == Verdict.CONDITIONAL,
                  verdict.unresolvedConditions(),
                  List.of("admin")));
        }
      }
      for (Ec2Instance i : account.instances()) {
        nodes.put(
            i.arn(),
            new AccessNode(i.arn(), NodeKind.EC2_INSTANCE, account.accountId(), i.name(), false));
        for (InstanceProfile p : account.instanceProfiles()) {
          if (p.arn().equals(i.instanceProfileArn())) {
            p.roleArns()
                .forEach(
                    r ->
                        all.add(
                            new AccessEdge(
                                i.arn(),
                                r,
                                EdgeKind.RUNS_AS,
                                "ec2-instance-role",
                                false,
                                List.of(),
                                List.of("profile " + p.arn()))));
          }
        }
      }
    }
    for (AccessEdge e : edges) {
      for (String end : List.of(e.from(), e.to())) {
        nodes.putIfAbsent(
            end, new AccessNode(end, NodeKind.ACCOUNT, OUTSIDE, "outside " + end, false));
      }
    }
    all.addAll(edges);
    return new AccessGraphData(List.copyOf(nodes.values()), all);
  }

  List<Finding> findings() {
    Snapshot s = snapshot();
    PolicyEngine engine = PolicyEngine.of(s);
    return FindingsAnalyzer.analyze(s, engine, graph(engine), NOW);
  }

  List<Finding> findings(FindingType type) {
    return findings().stream().filter(f -> f.type() == type).toList();
  }
}
