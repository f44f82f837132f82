package io.accessgraph.store.schema;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every node label of the graph, with the property that identifies a node of that label. Labels
 * marked {@code owned} hold data that belongs to one account (or to the organization): they carry
 * {@code owner} and {@code updateTag} and are replaced as a whole when that owner is rewritten.
 */
public enum NodeLabel {
  ORGANIZATION("Organization", "arn", true),
  ROOT("Root", "arn", true),
  ORG_UNIT("OrgUnit", "arn", true),
  /** Keyed by the root ARN {@code arn:aws:iam::ID:root}; shared by the org and every reference. */
  ACCOUNT("Account", "arn", false),
  USER("User", "arn", true),
  GROUP("Group", "arn", true),
  ROLE("Role", "arn", true),
  /** Managed, inline ({@code <owner ARN>#inline:<name>}), SCP and RCP policies. */
  POLICY("Policy", "arn", true),
  INSTANCE_PROFILE("InstanceProfile", "arn", true),
  EC2_INSTANCE("Ec2Instance", "arn", true),
  ACCESS_KEY("AccessKey", "accessKeyId", true),
  SERVICE_RESOURCE("ServiceResource", "arn", true),
  /** OIDC/SAML providers of an account (owned) and federated principals named in trusts. */
  FEDERATED_PRINCIPAL("FederatedPrincipal", "arn", true),
  /** E.g. {@code ec2.amazonaws.com}; the key holds the service name. */
  SERVICE_PRINCIPAL("ServicePrincipal", "arn", false),
  ASSUMED_ROLE_SESSION("AssumedRoleSession", "arn", false),
  /** The {@code "*"} principal of a trust policy: anyone, in any account. */
  ANY_PRINCIPAL("AnyPrincipal", "arn", false),
  /** Principals AWS shows by unique id (deleted entities) or canonical user id. */
  UNKNOWN_PRINCIPAL("UnknownPrincipal", "arn", false),
  /** "Admin of account X": every admin principal of X points here with ADMIN_OF. */
  ACCOUNT_ADMIN("AccountAdmin", "accountId", false),
  /**
   * The one node ({@code id: 'current'}) naming the analysis version readers use; moved only once a
   * new version is completely written.
   */
  ANALYSIS_STATE("AnalysisState", "id", false),
  /** An access-review finding, keyed by its stable id; points to its resource with AFFECTS. */
  FINDING("Finding", "id", false),
  /**
   * A finding of a version being written: becomes {@link #FINDING} once that version is current and
   * the previous one is removed (the id is unique among Finding nodes only).
   */
  PENDING_FINDING("PendingFinding", null, false),
  /**
   * Marker on every node an account or the organization owns (its {@code owner}): what per-owner
   * replacement looks at.
   */
  OWNED("Owned", null, false),
  /** Marker on nodes that are part of the last analysis result. */
  ANALYZED("Analyzed", null, false);

  /** The id of the one {@link #ANALYSIS_STATE} node. */
  public static final String ANALYSIS_STATE_ID = "current";

  private final String label;
  private final String key;
  private final boolean owned;

  NodeLabel(String label, String key, boolean owned) {
    this.label = label;
    this.key = key;
    this.owned = owned;
  }

  /**
   * The schema statements for this label: a uniqueness constraint on the key (also its index) and
   * an index on {@code accountId} for per-account reads; for {@link #OWNED} the index on {@code
   * owner} that per-account replacement uses.
   */
  List<String> schemaStatements() {
    if (this == OWNED) {
      return List.of("CREATE INDEX owned_owner IF NOT EXISTS FOR (n:Owned) ON (n.owner)");
    }
    if (key == null) {
      return List.of();
    }
    String name = name().toLowerCase(java.util.Locale.ROOT);
    List<String> out = new java.util.ArrayList<>();
    out.add(
        "CREATE CONSTRAINT "
            + name
            + "_key IF NOT EXISTS FOR (n:"
            + label
            + ") REQUIRE n."
            + key
            + " IS UNIQUE");
    if (this == ACCOUNT) {
      // an account is found both by its root ARN (trust policies) and by its id (everything else)
      out.add(
          "CREATE CONSTRAINT account_id IF NOT EXISTS FOR (n:Account) REQUIRE n.accountId IS"
              + " UNIQUE");
    } else if (!"accountId".equals(key) && this != ANALYSIS_STATE) {
      out.add(
          "CREATE INDEX " + name + "_account IF NOT EXISTS FOR (n:" + label + ") ON (n.accountId)");
    }
    return out;
  }

  /** The label as Neo4j spells it. */
  public String label() {
    return label;
  }

  /** The identifying property, unique per label; null for marker labels. */
  public String key() {
    return key;
  }

  /** True when nodes of this label may belong to an account or the organization. */
  public boolean owned() {
    return owned;
  }

  /** The key properties of all labels, each once. */
  public static List<String> keys() {
    return Stream.of(values()).map(NodeLabel::key).filter(k -> k != null).distinct().toList();
  }

  @Override
  public String toString() {
    return label;
  }
}
