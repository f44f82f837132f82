package io.accessgraph.store.snapshot;

import static io.accessgraph.store.snapshot.GraphRows.props;

import io.accessgraph.model.iam.AccessKey;
import io.accessgraph.model.iam.Group;
import io.accessgraph.model.iam.InlinePolicy;
import io.accessgraph.model.iam.ManagedPolicy;
import io.accessgraph.model.iam.PolicyVersion;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.store.schema.NodeLabel;
import io.accessgraph.store.schema.RelType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Users, groups, roles and their policies of one account as graph rows. */
final class IamRows {
  static final String INLINE = "inline";
  static final String MANAGED = "managed";

  private final String accountId;
  private final GraphRows rows;
  private final GraphRows.End account;
  private final Map<String, String> groupArnByName = new HashMap<>();

  IamRows(String accountId, GraphRows rows) {
    this.accountId = accountId;
    this.rows = rows;
    this.account = Refs.account(accountId);
  }

  void add(AccountSnapshot snapshot) {
    snapshot.groups().forEach(g -> groupArnByName.put(g.name(), g.arn()));
    snapshot.policies().forEach(this::policy);
    snapshot.groups().forEach(this::group);
    snapshot.users().forEach(this::user);
    snapshot.roles().forEach(this::role);
  }

  private void policy(ManagedPolicy p) {
    require(p.arn(), "managed policy", p.name());
    Map<String, Object> props =
        props(
            "kind", MANAGED,
            "name", p.name(),
            "policyId", p.policyId(),
            "path", p.path(),
            "defaultVersionId", p.defaultVersionId(),
            "attachmentCount", p.attachmentCount(),
            "awsManaged", p.awsManaged(),
            "document", p.document().json(),
            "versions", Json.write(p.versions().stream().map(IamRows::version).toList()));
    if (p.awsManaged()) {
      // shared by every account that uses it: merged, never deleted with one account
      rows.node(NodeLabel.POLICY, false, p.arn(), props);
      rows.rel(RelType.USES_POLICY, account, Refs.written(NodeLabel.POLICY, p.arn()), props());
    } else {
      props.put("accountId", accountId);
      rows.node(NodeLabel.POLICY, true, p.arn(), props);
      rows.rel(RelType.OWNS, account, Refs.written(NodeLabel.POLICY, p.arn()), props());
    }
  }

  private static Map<String, Object> version(PolicyVersion v) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("versionId", v.versionId());
    out.put("isDefault", v.isDefault());
    out.put("document", v.document().json());
    return out;
  }

  private void group(Group g) {
    require(g.arn(), "group", g.name());
    rows.node(
        NodeLabel.GROUP,
        true,
        g.arn(),
        props("accountId", accountId, "name", g.name(), "groupId", g.groupId(), "path", g.path()));
    owned(NodeLabel.GROUP, g.arn());
    policies(NodeLabel.GROUP, g.arn(), g.inlinePolicies(), g.attachedPolicyArns(), null);
  }

  private void user(User u) {
    require(u.arn(), "user", u.name());
    rows.node(
        NodeLabel.USER,
        true,
        u.arn(),
        props(
            "accountId", accountId,
            "name", u.name(),
            "userId", u.userId(),
            "path", u.path(),
            "createDate", u.createDate(),
            "tags", Json.write(u.tags()),
            "mfaActive", u.mfaActive(),
            "passwordEnabled", u.passwordEnabled()));
    owned(NodeLabel.USER, u.arn());
    GraphRows.End user = Refs.written(NodeLabel.USER, u.arn());
    for (String groupName : u.groupNames()) {
      String groupArn =
          groupArnByName.getOrDefault(
              groupName, "arn:aws:iam::" + accountId + ":group/" + groupName);
      GraphRows.End group = Refs.byArn(NodeLabel.GROUP, groupArn);
      group.stub().put("name", groupName);
      rows.rel(RelType.MEMBER_OF, user, group, props());
    }
    for (AccessKey k : u.accessKeys()) {
      require(k.accessKeyId(), "access key of user", u.arn());
      rows.node(
          NodeLabel.ACCESS_KEY,
          true,
          k.accessKeyId(),
          props(
              "accountId", accountId,
              "userArn", u.arn(),
              "status", k.status(),
              "createDate", k.createDate(),
              "lastUsedDate", k.lastUsedDate()));
      rows.rel(RelType.HAS_KEY, user, Refs.written(NodeLabel.ACCESS_KEY, k.accessKeyId()), props());
    }
    policies(
        NodeLabel.USER,
        u.arn(),
        u.inlinePolicies(),
        u.attachedPolicyArns(),
        u.permissionsBoundaryArn());
  }

  private void role(Role r) {
    require(r.arn(), "role", r.name());
    rows.node(
        NodeLabel.ROLE,
        true,
        r.arn(),
        props(
            "accountId", accountId,
            "name", r.name(),
            "roleId", r.roleId(),
            "path", r.path(),
            "createDate", r.createDate(),
            "lastUsedDate", r.lastUsedDate(),
            "serviceLinked", r.serviceLinked(),
            "trustPolicy", r.trustPolicy() == null ? null : r.trustPolicy().json(),
            "tags", Json.write(r.tags())));
    owned(NodeLabel.ROLE, r.arn());
    for (String profileArn : r.instanceProfileArns()) {
      rows.rel(
          RelType.HAS_ROLE,
          Refs.byArn(NodeLabel.INSTANCE_PROFILE, profileArn),
          Refs.written(NodeLabel.ROLE, r.arn()),
          props());
    }
    policies(
        NodeLabel.ROLE,
        r.arn(),
        r.inlinePolicies(),
        r.attachedPolicyArns(),
        r.permissionsBoundaryArn());
    TrustRows.add(rows, r);
  }

  private void policies(
      NodeLabel label,
      String principalArn,
      List<InlinePolicy> inline,
      List<String> attached,
      String boundaryArn) {
    GraphRows.End principal = Refs.written(label, principalArn);
    for (InlinePolicy p : inline) {
      String id = Refs.inlinePolicyId(principalArn, p.name());
      rows.node(
          NodeLabel.POLICY,
          true,
          id,
          props(
              "accountId",
              accountId,
              "kind",
              INLINE,
              "name",
              p.name(),
              "document",
              p.document().json()));
      rows.rel(RelType.HAS_POLICY, principal, Refs.written(NodeLabel.POLICY, id), props());
    }
    for (String policyArn : attached) {
      rows.rel(RelType.HAS_POLICY, principal, Refs.byArn(NodeLabel.POLICY, policyArn), props());
    }
    if (boundaryArn != null) {
      GraphRows.End boundary = Refs.byArn(NodeLabel.POLICY, boundaryArn);
      boundary.stub().put("kind", "boundary");
      rows.rel(RelType.HAS_BOUNDARY, principal, boundary, props());
    }
  }

  private void owned(NodeLabel label, String key) {
    rows.rel(RelType.OWNS, account, Refs.written(label, key), props());
  }

  static void require(String value, String what, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " '" + name + "' has no ARN/id");
    }
  }
}
