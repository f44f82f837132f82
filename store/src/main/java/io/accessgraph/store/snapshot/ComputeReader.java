package io.accessgraph.store.snapshot;

import io.accessgraph.model.ec2.Ec2Instance;
import io.accessgraph.model.iam.IdentityProvider;
import io.accessgraph.model.iam.InstanceProfile;
import io.accessgraph.model.snapshot.ServiceResource;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;

/** Reads instance profiles, instances, identity providers and service resources. */
final class ComputeReader {
  private final OwnedReader reader;

  ComputeReader(OwnedReader reader) {
    this.reader = reader;
  }

  Map<String, List<InstanceProfile>> profiles() {
    return reader.byOwner(
        "MATCH (n:InstanceProfile) WHERE n.owner IS NOT NULL RETURN n.owner AS owner, n AS node,"
            + " [(n)-[:HAS_ROLE]->(r) | r.arn] AS roles",
        r -> {
          Props n = new Props(r.get("node"));
          return new InstanceProfile(
              n.str("arn"),
              n.str("name"),
              n.str("instanceProfileId"),
              n.str("path"),
              IamReader.sorted(r.get("roles").asList(Value::asString)));
        },
        InstanceProfile::arn);
  }

  Map<String, List<Ec2Instance>> instances() {
    return reader.byOwner(
        "MATCH (n:Ec2Instance) WHERE n.owner IS NOT NULL RETURN n.owner AS owner, n AS node",
        r -> {
          Props n = new Props(r.get("node"));
          return new Ec2Instance(
              n.str("instanceId"),
              n.str("accountId"),
              n.str("region"),
              n.str("availabilityZone"),
              n.str("state"),
              n.str("instanceProfileArn"),
              n.str("httpTokens"),
              n.str("httpEndpoint"),
              n.str("publicIp"),
              n.str("privateIp"),
              n.str("launchTime"),
              n.stringMap("tags"));
        },
        Ec2Instance::arn);
  }

  Map<String, List<IdentityProvider>> providers() {
    return reader.byOwner(
        "MATCH (n:FederatedPrincipal) WHERE n.owner IS NOT NULL RETURN n.owner AS owner, n AS node",
        r -> {
          Props n = new Props(r.get("node"));
          return new IdentityProvider(
              n.str("arn"), n.str("providerType"), n.str("url"), n.strings("clientIds"));
        },
        IdentityProvider::arn);
  }

  Map<String, List<ServiceResource>> resources() {
    return reader.byOwner(
        "MATCH (n:ServiceResource) WHERE n.owner IS NOT NULL RETURN n.owner AS owner, n AS node",
        r -> {
          Props n = new Props(r.get("node"));
          return new ServiceResource(
              n.str("arn"),
              n.str("kind"),
              n.str("name"),
              n.str("region"),
              n.str("roleArn"),
              n.stringMap("attributes"));
        },
        ServiceResource::arn);
  }
}
