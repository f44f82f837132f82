package io.accessgraph.analysis.policy;

import io.accessgraph.model.iam.Group;
import io.accessgraph.model.iam.InlinePolicy;
import io.accessgraph.model.iam.ManagedPolicy;
import io.accessgraph.model.iam.PolicyVersion;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.org.OrgAccount;
import io.accessgraph.model.org.OrgPolicy;
import io.accessgraph.model.org.OrgRoot;
import io.accessgraph.model.org.OrgUnit;
import io.accessgraph.model.org.Organization;
import io.accessgraph.model.policy.PolicyDocument;
import io.accessgraph.model.policy.PolicyDocumentParser;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tiny snapshot builder for tests. Policies are written as JSON with single quotes for
 * readability. Users get ids AIDA&lt;NAME&gt;, roles AROA&lt;NAME&gt;.
 */
final class World {
  private final Map<String, Acc> accounts = new LinkedHashMap<>();
  private final List<OrgUnit> units = new ArrayList<>();
  private final List<OrgAccount> orgAccounts = new ArrayList<>();
  private final List<OrgPolicy> orgPolicies = new ArrayList<>();
  private String managementAccount;
  private boolean hasOrg;

  static PolicyDocument doc(String singleQuotedJson) {
    return PolicyDocumentParser.parse(singleQuotedJson.replace('\'', '"'));
  }

  /** {@code {'Effect':E,'Action':A,'Resource':R}} as a one-statement document. */
  static String stmt(String effect, String action, String resource) {
    return "{'Version':'2012-10-17','Statement':[{'Effect':'"
        + effect
        + "','Action':"
        + list(action)
        + ",'Resource':"
        + list(resource)
        + "}]}";
  }

  static String allow(String action, String resource) {
    return stmt("Allow", action, resource);
  }

  static String deny(String action, String resource) {
    return stmt("Deny", action, resource);
  }

  /** "a,b" becomes ['a','b']; a single value stays a string, as policies in the wild do. */
  static String list(String csv) {
    String[] parts = csv.split(",");
    if (parts.length == 1) {
      return "'" + csv + "'";
    }
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < parts.length; i++) {
      sb.append(i == 0 ? "" : ",").append('\'').append(parts[i].trim()).append('\'');
    }
    return sb.append(']').toString();
  }

  static String trust(String principalJson) {
    return "{'Statement':{'Effect':'Allow','Principal':"
        + principalJson
        + ",'Action':'sts:AssumeRole'}}";
  }

  Acc account(String id) {
    return accounts.computeIfAbsent(id, Acc::new);
  }

  /** Starts an organization: root r-root, the management account given. */
  World org(String management) {
    hasOrg = true;
    managementAccount = management;
    orgAccounts.add(new OrgAccount(management, null, "mgmt", null, "ACTIVE", "r-root"));
    return this;
  }

  World ou(String id, String parent) {
    units.add(new OrgUnit(id, null, id, parent));
    return this;
  }

  World member(String accountId, String parent) {
    orgAccounts.add(new OrgAccount(accountId, null, accountId, null, "ACTIVE", parent));
    return this;
  }

  World scp(String name, String json, String... targets) {
    orgPolicies.add(orgPolicy(name, json, OrgPolicy.SCP, targets));
    return this;
  }

  World rcp(String name, String json, String... targets) {
    orgPolicies.add(orgPolicy(name, json, OrgPolicy.RCP, targets));
    return this;
  }

  /** FullAWSAccess attached at the root, each OU and each account, as AWS attaches it. */
  World fullAccessEverywhere() {
    List<String> targets = new ArrayList<>();
    targets.add("r-root");
    units.forEach(u -> targets.add(u.id()));
    orgAccounts.forEach(a -> targets.add(a.id()));
    return scp("FullAWSAccess", allow("*", "*"), targets.toArray(String[]::new));
  }

  /** RCPFullAWSAccess at the root, each OU and each account, as AWS attaches it. */
  World rcpFullAccessEverywhere() {
    List<String> targets = new ArrayList<>();
    targets.add("r-root");
    units.forEach(u -> targets.add(u.id()));
    orgAccounts.forEach(a -> targets.add(a.id()));
    return rcp("RCPFullAWSAccess", allow("*", "*"), targets.toArray(String[]::new));
  }

  private static OrgPolicy orgPolicy(String name, String json, String type, String... targets) {
    String id = "p-" + name;
    return new OrgPolicy(
        id,
        "arn:aws:organizations::999999999999:policy/o-test/"
            + (type.equals(OrgPolicy.SCP) ? "service_control_policy/" : "resource_control_policy/")
            + id,
        name,
        type,
        false,
        doc(json),
        List.of(targets));
  }

  static String scpArn(String name) {
    return "arn:aws:organizations::999999999999:policy/o-test/service_control_policy/p-" + name;
  }

  Snapshot build() {
    Map<String, AccountSnapshot> out = new LinkedHashMap<>();
    accounts.forEach((id, a) -> out.put(id, a.build()));
    Optional<Organization> organization =
        hasOrg
            ? Optional.of(
                new Organization(
                    "o-test",
                    "arn:aws:organizations::" + managementAccount + ":organization/o-test",
                    managementAccount,
                    List.of(new OrgRoot("r-root", null, "Root")),
                    units,
                    orgAccounts,
                    orgPolicies))
            : Optional.empty();
    return new Snapshot(organization, out, List.of());
  }

  PolicyEngine engine() {
    return PolicyEngine.of(build());
  }

  /** One account's entities. */
  static final class Acc {
    final String id;
    final List<User> users = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
    final List<Role> roles = new ArrayList<>();
    final List<ManagedPolicy> policies = new ArrayList<>();

    Acc(String id) {
      this.id = id;
    }

    String arn(String type, String name) {
      return "arn:aws:iam::" + id + ":" + type + "/" + name;
    }

    /** A customer-managed policy; returns its ARN. */
    String managed(String name, String json) {
      String arn = arn("policy", name);
      policies.add(
          new ManagedPolicy(
              arn,
              name,
              "ANPA" + name,
              "/",
              "v2",
              1,
              List.of(
                  new PolicyVersion("v1", false, doc(deny("*", "*"))),
                  new PolicyVersion("v2", true, doc(json)))));
      return arn;
    }

    String user(String name, String... inlineJson) {
      return userWith(name, List.of(), List.of(), null, Map.of(), inlineJson);
    }

    String userWith(
        String name,
        List<String> groupNames,
        List<String> attached,
        String boundaryArn,
        Map<String, String> tags,
        String... inlineJson) {
      String arn = arn("user", name);
      users.add(
          new User(
              arn,
              name,
              "AIDA" + name.toUpperCase(),
              "/",
              null,
              groupNames,
              inline(inlineJson),
              attached,
              boundaryArn,
              tags,
              List.of(),
              null,
              null));
      return arn;
    }

    String group(String name, List<String> attached, String... inlineJson) {
      String arn = arn("group", name);
      groups.add(new Group(arn, name, "AGPA" + name, "/", inline(inlineJson), attached));
      return arn;
    }

    String role(String name, String trustJson, String... inlineJson) {
      return roleWith(name, "/", trustJson, List.of(), null, Map.of(), inlineJson);
    }

    String roleWith(
        String name,
        String path,
        String trustJson,
        List<String> attached,
        String boundaryArn,
        Map<String, String> tags,
        String... inlineJson) {
      String arn = "arn:aws:iam::" + id + ":role" + path + name;
      roles.add(
          new Role(
              arn,
              name,
              "AROA" + name.toUpperCase(),
              path,
              null,
              trustJson == null ? null : doc(trustJson),
              inline(inlineJson),
              attached,
              boundaryArn,
              tags,
              List.of(),
              null));
      return arn;
    }

    private static List<InlinePolicy> inline(String... json) {
      List<InlinePolicy> out = new ArrayList<>();
      for (int i = 0; i < json.length; i++) {
        out.add(new InlinePolicy("inline" + i, doc(json[i])));
      }
      return out;
    }

    AccountSnapshot build() {
      return new AccountSnapshot(
          id, users, groups, roles, policies, List.of(), List.of(), List.of(), List.of());
    }
  }
}
