package io.accessgraph.store.snapshot;

import io.accessgraph.model.org.OrgAccount;
import io.accessgraph.model.org.OrgPolicy;
import io.accessgraph.model.org.OrgRoot;
import io.accessgraph.model.org.OrgUnit;
import io.accessgraph.model.org.Organization;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/** Reads the stored organization tree and policies back. */
final class OrganizationReader {
  private final SimpleQueryRunner tx;
  private final Map<String, Object> params = Map.of("owner", OrganizationRows.OWNER);

  OrganizationReader(SimpleQueryRunner tx) {
    this.tx = tx;
  }

  Optional<Organization> read() {
    List<Record> orgs =
        tx.run("MATCH (o:Organization {owner: $owner}) RETURN o AS node", params).list();
    if (orgs.isEmpty()) {
      return Optional.empty();
    }
    Props o = new Props(orgs.get(0).get("node"));
    return Optional.of(
        new Organization(
            o.str("id"),
            o.str("arn"),
            o.str("managementAccountId"),
            list(
                "MATCH (n:Root {owner: $owner}) RETURN n AS node",
                n -> new OrgRoot(n.str("id"), n.str("arn"), n.str("name")),
                OrgRoot::id),
            list(
                "MATCH (n:OrgUnit {owner: $owner}) RETURN n AS node",
                n -> new OrgUnit(n.str("id"), n.str("arn"), n.str("name"), n.str("parentId")),
                OrgUnit::id),
            list(
                "MATCH (n:Account) WHERE n.member RETURN n AS node",
                n ->
                    new OrgAccount(
                        n.str("accountId"),
                        n.str("orgArn"),
                        n.str("name"),
                        n.str("email"),
                        n.str("status"),
                        n.str("parentId")),
                OrgAccount::id),
            policies()));
  }

  private List<OrgPolicy> policies() {
    return tx
        .run(
            "MATCH (n:Policy {owner: $owner}) RETURN n AS node,"
                + " [(n)-[:ATTACHED_TO]->(t) | coalesce(t.id, t.accountId)] AS targets",
            params)
        .list(
            r -> {
              Props n = new Props(r.get("node"));
              return new OrgPolicy(
                  n.str("id"),
                  n.str("arn"),
                  n.str("name"),
                  n.str("type"),
                  n.flag("awsManaged"),
                  n.document("document"),
                  IamReader.sorted(r.get("targets").asList(Value::asString)));
            })
        .stream()
        .sorted(Comparator.comparing(OrgPolicy::id))
        .toList();
  }

  private <T> List<T> list(String query, Function<Props, T> mapper, Function<T, String> sortKey) {
    return tx.run(query, params).list(r -> mapper.apply(new Props(r.get("node")))).stream()
        .sorted(Comparator.comparing(sortKey))
        .toList();
  }
}
