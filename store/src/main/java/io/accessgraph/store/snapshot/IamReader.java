package io.accessgraph.store.snapshot;

import io.accessgraph.model.iam.AccessKey;
import io.accessgraph.model.iam.Group;
import io.accessgraph.model.iam.InlinePolicy;
import io.accessgraph.model.iam.ManagedPolicy;
import io.accessgraph.model.iam.PolicyVersion;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.policy.PolicyDocumentParser;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Reads users, groups, roles and managed policies of every ingested account. */
final class IamReader {
  /** A principal's policies: inline ones with their documents, attached ones by ARN. */
  private static final String POLICIES =
      " [(n)-[:HAS_POLICY]->(p) | p {.arn, .kind, .name, .document}] AS policies,"
          + " [(n)-[:HAS_BOUNDARY]->(b) | b.arn] AS boundary";

  private final OwnedReader reader;

  IamReader(OwnedReader reader) {
    this.reader = reader;
  }

  Map<String, List<User>> users() {
    return reader.byOwner(
        "MATCH (n:User) WHERE n.owner IS NOT NULL RETURN n.owner AS owner, n AS node,"
            + " [(n)-[:MEMBER_OF]->(g) | g.name] AS groups,"
            + " [(n)-[:HAS_KEY]->(k) | k] AS keys,"
            + POLICIES,
        IamReader::user,
        User::arn);
  }

  Map<String, List<Group>> groups() {
    return reader.byOwner(
        "MATCH (n:Group) WHERE n.owner IS NOT NULL RETURN n.owner AS owner, n AS node," + POLICIES,
        r -> {
          Props n = new Props(r.get("node"));
          return new Group(
              n.str("arn"), n.str("name"), n.str("groupId"), n.str("path"), inline(r), attached(r));
        },
        Group::arn);
  }

  Map<String, List<Role>> roles() {
    return reader.byOwner(
        "MATCH (n:Role) WHERE n.owner IS NOT NULL RETURN n.owner AS owner, n AS node,"
            + " [(p)-[:HAS_ROLE]->(n) | p.arn] AS profiles,"
            + POLICIES,
        r -> {
          Props n = new Props(r.get("node"));
          return new Role(
              n.str("arn"),
              n.str("name"),
              n.str("roleId"),
              n.str("path"),
              n.str("createDate"),
              n.document("trustPolicy"),
              inline(r),
              attached(r),
              boundary(r),
              n.stringMap("tags"),
              sorted(r.get("profiles").asList(Value::asString)),
              n.str("lastUsedDate"));
        },
        Role::arn);
  }

  /** Customer-managed policies the account owns and AWS-managed ones its data listed. */
  Map<String, List<ManagedPolicy>> policies() {
    return reader.byOwner(
        "MATCH (n:Policy {kind: 'managed'}) WHERE n.owner IS NOT NULL"
            + " RETURN n.owner AS owner, n AS node"
            + " UNION ALL MATCH (a:Account)-[:USES_POLICY]->(n:Policy)"
            + " RETURN a.accountId AS owner, n AS node",
        r -> policy(new Props(r.get("node"))),
        ManagedPolicy::arn);
  }

  private static ManagedPolicy policy(Props n) {
    List<Map<String, Object>> versions =
        Json.read(
            n.str("versions"),
            new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, Object>>>() {},
            "versions of " + n.str("arn"));
    return new ManagedPolicy(
        n.str("arn"),
        n.str("name"),
        n.str("policyId"),
        n.str("path"),
        n.str("defaultVersionId"),
        n.integer("attachmentCount"),
        versions.stream()
            .map(
                v ->
                    new PolicyVersion(
                        (String) v.get("versionId"),
                        Boolean.TRUE.equals(v.get("isDefault")),
                        PolicyDocumentParser.parse((String) v.get("document"))))
            .toList());
  }

  private static User user(Record r) {
    Props n = new Props(r.get("node"));
    List<AccessKey> keys =
        r.get("keys").asList(Props::new).stream()
            .map(
                k ->
                    new AccessKey(
                        k.str("accessKeyId"),
                        k.str("status"),
                        k.str("createDate"),
                        k.str("lastUsedDate")))
            .sorted(Comparator.comparing(AccessKey::accessKeyId))
            .toList();
    return new User(
        n.str("arn"),
        n.str("name"),
        n.str("userId"),
        n.str("path"),
        n.str("createDate"),
        sorted(r.get("groups").asList(Value::asString)),
        inline(r),
        attached(r),
        boundary(r),
        n.stringMap("tags"),
        keys,
        n.bool("mfaActive"),
        n.bool("passwordEnabled"));
  }

  private static List<InlinePolicy> inline(Record r) {
    return r.get("policies").asList(Props::new).stream()
        .filter(p -> IamRows.INLINE.equals(p.str("kind")))
        .map(p -> new InlinePolicy(p.str("name"), p.document("document")))
        .sorted(Comparator.comparing(InlinePolicy::name))
        .toList();
  }

  private static List<String> attached(Record r) {
    return r.get("policies").asList(Props::new).stream()
        .filter(p -> !IamRows.INLINE.equals(p.str("kind")))
        .map(p -> p.str("arn"))
        .sorted()
        .toList();
  }

  private static String boundary(Record r) {
    List<String> arns = r.get("boundary").asList(Value::asString);
    return arns.isEmpty() ? null : arns.get(0);
  }

  static List<String> sorted(List<String> values) {
    return values.stream().sorted().toList();
  }
}
