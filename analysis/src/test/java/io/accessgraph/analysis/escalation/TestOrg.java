package io.accessgraph.analysis.escalation;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.model.ec2.Ec2Instance;
import io.accessgraph.model.iam.AccessKey;
import io.accessgraph.model.iam.Group;
import io.accessgraph.model.iam.InlinePolicy;
import io.accessgraph.model.iam.InstanceProfile;
import io.accessgraph.model.iam.ManagedPolicy;
import io.accessgraph.model.iam.PolicyVersion;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.org.OrgAccount;
import io.accessgraph.model.org.OrgPolicy;
import io.accessgraph.model.org.OrgRoot;
import io.accessgraph.model.org.Organization;
import io.accessgraph.model.policy.PolicyDocument;
import io.accessgraph.model.policy.PolicyDocumentParser;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.ServiceResource;
import io.accessgraph.model.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small organization built in test code: management account 999999999999 (SCPs do not apply to
 * it) and member accounts with FullAWSAccess at every level, as AWS attaches it. Policies are JSON
 * with single quotes.
 */
final class TestOrg {
  static final String MGMT = "999999999999";
  private final Map<String, Acc> accounts = new LinkedHashMap<>();
  private final List<OrgPolicy> scps = new ArrayList<>();

  static PolicyDocument doc(String singleQuotedJson) {
    return PolicyDocumentParser.parse(singleQuotedJson.replace('\'', '"'));
  }

  /** One statement; actions and resources as comma-separated lists. */
  static String stmt(String effect, String actions, String resources, String conditionJson) {
    return "{'Version':'2012-10-17','Statement':[{'Effect':'"
        + effect
        + "','Action':"
        + list(actions)
        + ",'Resource':"
        + list(resources)
        + (conditionJson == null ? "" : ",'Condition':" + conditionJson)
        + "}]}";
  }

  static String allow(String actions, String resources) {
    return stmt("Allow", actions, resources, null);
  }

  static String deny(String actions, String resources) {
    return stmt("Deny", actions, resources, null);
  }

  /** Several statements of single-statement documents as one document. */
  static String all(String... documents) {
    StringBuilder sb = new StringBuilder("{'Version':'2012-10-17','Statement':[");
    for (int i = 0; i < documents.length; i++) {
      String d = documents[i];
      String body = d.substring(d.indexOf('[') + 1, d.lastIndexOf(']'));
      sb.append(i == 0 ? "" : ",").append(body);
    }
    return sb.append("]}").toString();
  }

  static String list(String csv) {
    StringBuilder sb = new StringBuilder("[");
    String[] parts = csv.split(",");
    for (int i = 0; i < parts.length; i++) {
      sb.append(i == 0 ? "" : ",").append('\'').append(parts[i].trim()).append('\'');
    }
    return sb.append(']').toString();
  }

  static String trustAws(String principal) {
    return "{'Statement':{'Effect':'Allow','Principal':{'AWS':'"
        + principal
        + "'},'Action':'sts:AssumeRole'}}";
  }

  static String trustService(String service) {
    return "{'Statement':{'Effect':'Allow','Principal':{'Service':'"
        + service
        + "'},'Action':'sts:AssumeRole'}}";
  }

  Acc account(String id) {
    return accounts.computeIfAbsent(id, Acc::new);
  }

  TestOrg scp(String name, String json) {
    List<String> targets = new ArrayList<>(accounts.keySet());
    scps.add(orgPolicy(name, json, targets));
    return this;
  }

  private static OrgPolicy orgPolicy(String name, String json, List<String> targets) {
    String id = "p-" + name;
    return new OrgPolicy(
        id,
        "arn:aws:organizations::" + MGMT + ":policy/o-test/service_control_policy/" + id,
        name,
        OrgPolicy.SCP,
        false,
        doc(json),
        targets);
  }

  Snapshot build() {
    Map<String, AccountSnapshot> out = new LinkedHashMap<>();
    accounts.forEach((id, a) -> out.put(id, a.build()));
    List<OrgAccount> orgAccounts = new ArrayList<>();
    orgAccounts.add(new OrgAccount(MGMT, null, "mgmt", null, "ACTIVE", "r-root"));
    List<String> everywhere = new ArrayList<>(List.of("r-root"));
    for (String id : accounts.keySet()) {
      if (!id.equals(MGMT)) {
        orgAccounts.add(new OrgAccount(id, null, id, null, "ACTIVE", "r-root"));
      }
      everywhere.add(id);
    }
    List<OrgPolicy> policies = new ArrayList<>();
    policies.add(orgPolicy("FullAWSAccess", allow("*", "*"), everywhere));
    policies.addAll(scps);
    Organization org =
        new Organization(
            "o-test",
            "arn:aws:organizations::" + MGMT + ":organization/o-test",
            MGMT,
            List.of(new OrgRoot("r-root", null, "Root")),
            List.of(),
            orgAccounts,
            policies);
    return new Snapshot(Optional.of(org), out, List.of());
  }

  AccessGraphData analyze() {
    return AccessAnalyzer.analyze(build());
  }

  /** The edges from one node to another. */
  static List<AccessEdge> edges(AccessGraphData data, String from, String to) {
    return data.edges().stream().filter(e -> e.from().equals(from) && e.to().equals(to)).toList();
  }

  /** One account's entities. */
  static final class Acc {
    final String id;
    final List<User> users = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
    final List<Role> roles = new ArrayList<>();
    final List<ManagedPolicy> policies = new ArrayList<>();
    final List<InstanceProfile> profiles = new ArrayList<>();
    final List<Ec2Instance> instances = new ArrayList<>();
    final List<ServiceResource> resources = new ArrayList<>();

    Acc(String id) {
      this.id = id;
    }

    String arn(String type, String name) {
      return "arn:aws:iam::" + id + ":" + type + "/" + name;
    }

    /** A customer-managed policy whose only version is the document; returns its ARN. */
    String managed(String name, String json) {
      return managedVersions(name, json);
    }

    /** A customer-managed policy with versions v1…vN, the last one the default. */
    String managedVersions(String name, String... versionsJson) {
      String arn = arn("policy", name);
      List<PolicyVersion> versions = new ArrayList<>();
      for (int i = 0; i < versionsJson.length; i++) {
        boolean last = i == versionsJson.length - 1;
        versions.add(new PolicyVersion("v" + (i + 1), last, doc(versionsJson[i])));
      }
      policies.add(
          new ManagedPolicy(arn, name, "ANPA" + name, "/", "v" + versionsJson.length, 1, versions));
      return arn;
    }

    String user(String name, String... inlineJson) {
      return user(name, List.of(), List.of(), null, inlineJson);
    }

    String user(
        String name,
        List<String> groupNames,
        List<String> attached,
        String boundaryArn,
        String... inlineJson) {
      return userWith(name, groupNames, attached, boundaryArn, 0, null, inlineJson);
    }

    String userWith(
        String name,
        List<String> groupNames,
        List<String> attached,
        String boundaryArn,
        int keys,
        Boolean password,
        String... inlineJson) {
      String arn = arn("user", name);
      List<AccessKey> accessKeys = new ArrayList<>();
      for (int i = 0; i < keys; i++) {
        accessKeys.add(new AccessKey("AKIA" + name.toUpperCase() + i, "Active", null, null));
      }
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
              Map.of(),
              accessKeys,
              null,
              password));
      return arn;
    }

    String group(String name, List<String> attached, String... inlineJson) {
      String arn = arn("group", name);
      groups.add(new Group(arn, name, "AGPA" + name, "/", inline(inlineJson), attached));
      return arn;
    }

    String role(String name, String trustJson, String... inlineJson) {
      return role(name, trustJson, List.of(), null, inlineJson);
    }

    String role(
        String name, String trustJson, List<String> attached, String boundary, String... inline) {
      String arn = arn("role", name);
      roles.add(
          new Role(
              arn,
              name,
              "AROA" + name.toUpperCase(),
              "/",
              null,
              doc(trustJson),
              inline(inline),
              attached,
              boundary,
              Map.of(),
              List.of(),
              null));
      return arn;
    }

    /** An instance profile holding the role; returns its ARN. */
    String profile(String name, String roleArn) {
      String arn = "arn:aws:iam::" + id + ":instance-profile/" + name;
      profiles.add(new InstanceProfile(arn, name, "AIPA" + name, "/", List.of(roleArn)));
      return arn;
    }

    /** An instance in us-east-1 running with the profile; returns its ARN. */
    String instance(String instanceId, String state, String profileArn) {
      Ec2Instance i =
          new Ec2Instance(
              instanceId,
              id,
              "us-east-1",
              "us-east-1a",
              state,
              profileArn,
              "required",
              "enabled",
              null,
              "10.0.0.1",
              null,
              Map.of());
      instances.add(i);
      return i.arn();
    }

    /** A resource of the kind ("lambda:function") in us-east-1; returns its ARN. */
    String resource(String kind, String name, String roleArn) {
      String service = kind.substring(0, kind.indexOf(':'));
      String type = kind.substring(kind.indexOf(':') + 1);
      String arn = "arn:aws:" + service + ":us-east-1:" + id + ":" + type + "/" + name;
      resources.add(new ServiceResource(arn, kind, name, "us-east-1", roleArn, Map.of()));
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
          id, users, groups, roles, policies, profiles, instances, List.of(), resources);
    }
  }
}
