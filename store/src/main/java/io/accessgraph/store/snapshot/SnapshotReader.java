package io.accessgraph.store.snapshot;

import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.Snapshot;
import io.accessgraph.store.schema.Sessions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Reads every stored account and the organization back as a {@link Snapshot}, in one read
 * transaction so it is consistent. Accounts come in account-id order and entities in ARN order;
 * ingest problems are not stored, so the snapshot has none.
 */
public final class SnapshotReader {
  private final Driver driver;

  public SnapshotReader(Driver driver) {
    this.driver = driver;
  }

  public Snapshot read() {
    try (Session session = Sessions.open(driver)) {
      return session.executeRead(SnapshotReader::read);
    }
  }

  private static Snapshot read(SimpleQueryRunner tx) {
    OwnedReader owned = new OwnedReader(tx);
    IamReader iam = new IamReader(owned);
    ComputeReader compute = new ComputeReader(owned);
    var users = iam.users();
    var groups = iam.groups();
    var roles = iam.roles();
    var policies = iam.policies();
    var profiles = compute.profiles();
    var instances = compute.instances();
    var providers = compute.providers();
    var resources = compute.resources();
    Map<String, AccountSnapshot> accounts = new LinkedHashMap<>();
    List<String> ids =
        tx.run("MATCH (a:Account) WHERE a.ingested RETURN a.accountId AS id ORDER BY id")
            .list(r -> r.get("id").asString());
    for (String id : ids) {
      accounts.put(
          id,
          new AccountSnapshot(
              id,
              get(users, id),
              get(groups, id),
              get(roles, id),
              get(policies, id),
              get(profiles, id),
              get(instances, id),
              get(providers, id),
              get(resources, id)));
    }
    return new Snapshot(new OrganizationReader(tx).read(), accounts, List.of());
  }

  private static <T> List<T> get(Map<String, List<T>> byOwner, String accountId) {
    return byOwner.getOrDefault(accountId, List.of());
  }
}
