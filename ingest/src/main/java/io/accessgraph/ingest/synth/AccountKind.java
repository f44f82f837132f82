package io.accessgraph.ingest.synth;

/** The role an account plays in the organization; it decides the mix of principals. */
enum AccountKind {
  MANAGEMENT("management", OrgTree.ROOT),
  SHARED_SERVICES("shared", OrgTree.INFRASTRUCTURE),
  /**
   * A locked-down account with no administrator and no grant of sts:AssumeRole to its own roles:
   * the planted paths live here, so their expected answers hold whatever the random mix does.
   */
  AUDIT("audit", OrgTree.SECURITY),
  PROD("prod", OrgTree.PROD),
  STAGING("staging", OrgTree.NON_PROD),
  DEV("dev", OrgTree.NON_PROD),
  SANDBOX("sandbox", OrgTree.SANDBOX);

  private final String label;
  private final String unit;

  AccountKind(String label, String unit) {
    this.label = label;
    this.unit = unit;
  }

  /** The middle part of the account name, e.g. "prod" in synth-prod-0042. */
  String label() {
    return label;
  }

  /** The key of the organizational unit (or the root) the account sits in. */
  String unit() {
    return unit;
  }

  /** True when the account may hold administrators and broad grants. */
  boolean permissive() {
    return this != AUDIT;
  }
}
