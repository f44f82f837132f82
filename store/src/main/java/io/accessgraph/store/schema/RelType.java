package io.accessgraph.store.schema;

import io.accessgraph.analysis.graph.EdgeKind;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every relationship type of the graph. Raw types carry {@code source} (the account id or {@code
 * organization} whose data wrote them) and {@code updateTag}; derived types are named exactly as
 * {@link EdgeKind} and are replaced as a whole by each analysis.
 */
public enum RelType {
  /** Organization to root, root/OU to OU or account. */
  CONTAINS(false),
  /** Account (or organization) to the entities it holds. */
  OWNS(false),
  /** Account to an AWS-managed policy its data lists (the policy itself is shared). */
  USES_POLICY(false),
  MEMBER_OF(false),
  HAS_POLICY(false),
  HAS_BOUNDARY(false),
  /** SCP/RCP to root, OU or account. */
  ATTACHED_TO(false),
  /** Role to each principal its trust policy names, one per statement. */
  TRUSTS(false),
  /** Instance profile to role. */
  HAS_ROLE(false),
  USES_PROFILE(false),
  HAS_KEY(false),
  /** Lambda function, stack, ... to the role it runs with. */
  USES_ROLE(false),
  /**
   * Finding to the node of the resource it is about; replaced with the findings, which each
   * analysis rewrites as a whole.
   */
  AFFECTS(false),
  ADMIN_OF(true),
  CAN_ASSUME(true),
  RUNS_AS(true),
  CAN_ESCALATE(true);

  private final boolean derived;

  RelType(boolean derived) {
    this.derived = derived;
  }

  public boolean derived() {
    return derived;
  }

  public static RelType of(EdgeKind kind) {
    return valueOf(kind.name());
  }

  public static List<RelType> derivedTypes() {
    return Stream.of(values()).filter(RelType::derived).toList();
  }
}
