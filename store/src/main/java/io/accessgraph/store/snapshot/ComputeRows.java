package io.accessgraph.store.snapshot;

import static io.accessgraph.store.snapshot.GraphRows.props;
import static io.accessgraph.store.snapshot.IamRows.require;

import io.accessgraph.model.ec2.Ec2Instance;
import io.accessgraph.model.iam.IdentityProvider;
import io.accessgraph.model.iam.InstanceProfile;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.ServiceResource;
import io.accessgraph.store.schema.NodeLabel;
import io.accessgraph.store.schema.RelType;

/**
 * What runs with a role (instance profiles, EC2 instances, service resources) and the identity
 * providers of one account, as graph rows.
 */
final class ComputeRows {
  private final String accountId;
  private final GraphRows rows;
  private final GraphRows.End account;

  ComputeRows(String accountId, GraphRows rows) {
    this.accountId = accountId;
    this.rows = rows;
    this.account = Refs.account(accountId);
  }

  void add(AccountSnapshot snapshot) {
    snapshot.instanceProfiles().forEach(this::profile);
    snapshot.instances().forEach(this::instance);
    snapshot.identityProviders().forEach(this::provider);
    snapshot.resources().forEach(this::resource);
  }

  private void profile(InstanceProfile p) {
    require(p.arn(), "instance profile", p.name());
    rows.node(
        NodeLabel.INSTANCE_PROFILE,
        true,
        p.arn(),
        props(
            "accountId",
            accountId,
            "name",
            p.name(),
            "instanceProfileId",
            p.instanceProfileId(),
            "path",
            p.path()));
    GraphRows.End profile = Refs.written(NodeLabel.INSTANCE_PROFILE, p.arn());
    rows.rel(RelType.OWNS, account, profile, props());
    for (String roleArn : p.roleArns()) {
      rows.rel(RelType.HAS_ROLE, profile, Refs.byArn(NodeLabel.ROLE, roleArn), props());
    }
  }

  private void instance(Ec2Instance i) {
    require(i.instanceId(), "EC2 instance in " + i.region(), i.instanceId());
    String arn = i.arn();
    rows.node(
        NodeLabel.EC2_INSTANCE,
        true,
        arn,
        props(
            "accountId", accountId,
            "instanceId", i.instanceId(),
            "name", i.name(),
            "region", i.region(),
            "availabilityZone", i.availabilityZone(),
            "state", i.state(),
            "instanceProfileArn", i.instanceProfileArn(),
            "httpTokens", i.httpTokens(),
            "httpEndpoint", i.httpEndpoint(),
            "imdsV1Allowed", i.imdsV1Allowed(),
            "publicIp", i.publicIp(),
            "privateIp", i.privateIp(),
            "launchTime", i.launchTime(),
            "tags", Json.write(i.tags())));
    GraphRows.End instance = Refs.written(NodeLabel.EC2_INSTANCE, arn);
    rows.rel(RelType.OWNS, account, instance, props());
    if (i.instanceProfileArn() != null) {
      rows.rel(
          RelType.USES_PROFILE,
          instance,
          Refs.byArn(NodeLabel.INSTANCE_PROFILE, i.instanceProfileArn()),
          props());
    }
  }

  private void provider(IdentityProvider p) {
    require(p.arn(), "identity provider", p.url());
    rows.node(
        NodeLabel.FEDERATED_PRINCIPAL,
        true,
        p.arn(),
        props(
            "accountId", accountId,
            "name", Refs.byArn(NodeLabel.FEDERATED_PRINCIPAL, p.arn()).stub().get("name"),
            "providerType", p.type(),
            "url", p.url(),
            "clientIds", p.clientIds()));
    rows.rel(RelType.OWNS, account, Refs.written(NodeLabel.FEDERATED_PRINCIPAL, p.arn()), props());
  }

  private void resource(ServiceResource r) {
    require(r.arn(), r.kind(), r.name());
    rows.node(
        NodeLabel.SERVICE_RESOURCE,
        true,
        r.arn(),
        props(
            "accountId", accountId,
            "kind", r.kind(),
            "name", r.name(),
            "region", r.region(),
            "roleArn", r.roleArn(),
            "attributes", Json.write(r.attributes())));
    GraphRows.End resource = Refs.written(NodeLabel.SERVICE_RESOURCE, r.arn());
    rows.rel(RelType.OWNS, account, resource, props());
    if (r.roleArn() != null) {
      rows.rel(RelType.USES_ROLE, resource, Refs.byArn(NodeLabel.ROLE, r.roleArn()), props());
    }
  }
}
