package io.accessgraph.store.snapshot;

import static io.accessgraph.store.snapshot.GraphRows.props;

import io.accessgraph.model.AccountIds;
import io.accessgraph.model.org.OrgAccount;
import io.accessgraph.model.org.OrgPolicy;
import io.accessgraph.model.org.OrgRoot;
import io.accessgraph.model.org.OrgUnit;
import io.accessgraph.model.org.Organization;
import io.accessgraph.store.schema.NodeLabel;
import io.accessgraph.store.schema.RelType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Pure transform: the organization tree, its accounts' membership and its policies. */
final class OrganizationRows {
  /** The owner and relationship source of organization data (account ids are 12 digits). */
  static final String OWNER = "organization";

  private final Organization org;
  private final GraphRows rows = new GraphRows();
  private final Map<String, GraphRows.End> byId = new HashMap<>();

  private OrganizationRows(Organization org) {
    this.org = org;
  }

  static GraphRows of(Organization org) {
    return new OrganizationRows(org).build();
  }

  private GraphRows build() {
    IamRows.require(org.arn(), "organization", org.id());
    rows.node(
        NodeLabel.ORGANIZATION,
        true,
        org.arn(),
        props("id", org.id(), "managementAccountId", org.managementAccountId()));
    GraphRows.End organization = Refs.written(NodeLabel.ORGANIZATION, org.arn());
    for (OrgRoot r : org.roots()) {
      IamRows.require(r.arn(), "organization root", r.id());
      rows.node(NodeLabel.ROOT, true, r.arn(), props("id", r.id(), "name", r.name()));
      byId.put(r.id(), Refs.written(NodeLabel.ROOT, r.arn()));
      rows.rel(RelType.CONTAINS, organization, byId.get(r.id()), props());
    }
    for (OrgUnit u : org.units()) {
      IamRows.require(u.arn(), "organizational unit", u.id());
      rows.node(
          NodeLabel.ORG_UNIT,
          true,
          u.arn(),
          props("id", u.id(), "name", u.name(), "parentId", u.parentId()));
      byId.put(u.id(), Refs.written(NodeLabel.ORG_UNIT, u.arn()));
    }
    for (OrgAccount a : org.accounts()) {
      if (!AccountIds.isAccountId(a.id())) {
        throw new IllegalArgumentException(
            "organization account '" + a.id() + "' is not a 12-digit AWS account id");
      }
      rows.node(
          NodeLabel.ACCOUNT,
          false,
          AccountIds.rootArn(a.id()),
          props(
              "accountId", a.id(),
              "member", true,
              "orgArn", a.arn(),
              "name", a.name(),
              "email", a.email(),
              "status", a.status(),
              "parentId", a.parentId()));
      byId.put(a.id(), Refs.account(a.id()));
    }
    for (OrgUnit u : org.units()) {
      rows.rel(RelType.CONTAINS, parent(u.parentId(), u.id()), byId.get(u.id()), props());
    }
    for (OrgAccount a : org.accounts()) {
      rows.rel(RelType.CONTAINS, parent(a.parentId(), a.id()), byId.get(a.id()), props());
    }
    org.policies().forEach(p -> policy(p, organization));
    return rows;
  }

  private void policy(OrgPolicy p, GraphRows.End organization) {
    IamRows.require(p.arn(), "organization policy", p.name());
    rows.node(
        NodeLabel.POLICY,
        true,
        p.arn(),
        props(
            "kind", kind(p.type()),
            "id", p.id(),
            "name", p.name(),
            "type", p.type(),
            "awsManaged", p.awsManaged(),
            "document", p.document().json()));
    GraphRows.End policy = Refs.written(NodeLabel.POLICY, p.arn());
    rows.rel(RelType.OWNS, organization, policy, props());
    for (String target : p.targetIds()) {
      GraphRows.End end = byId.get(target);
      if (end == null && AccountIds.isAccountId(target)) {
        end = Refs.account(target);
      }
      if (end == null) {
        throw new IllegalArgumentException(
            "organization policy '" + p.name() + "' targets unknown id '" + target + "'");
      }
      rows.rel(RelType.ATTACHED_TO, policy, end, props());
    }
  }

  private GraphRows.End parent(String parentId, String childId) {
    GraphRows.End parent = byId.get(parentId);
    if (parent == null) {
      throw new IllegalArgumentException(
          "organization entry '" + childId + "' has unknown parent '" + parentId + "'");
    }
    return parent;
  }

  static String kind(String type) {
    if (OrgPolicy.SCP.equals(type)) {
      return "scp";
    }
    if (OrgPolicy.RCP.equals(type)) {
      return "rcp";
    }
    return type == null ? "org" : type.toLowerCase(Locale.ROOT);
  }
}
