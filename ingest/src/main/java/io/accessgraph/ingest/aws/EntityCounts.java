package io.accessgraph.ingest.aws;

/** How many entities of each kind were collected from one account. */
public record EntityCounts(
    int users, int groups, int roles, int policies, int accessKeys, int instances, int resources) {
  public static final EntityCounts NONE = new EntityCounts(0, 0, 0, 0, 0, 0, 0);
}
