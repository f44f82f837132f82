package io.accessgraph.model.org;

/** A member account with the id of its parent (root or OU). */
public record OrgAccount(
    String id, String arn, String name, String email, String status, String parentId) {
  public boolean active() {
    return status == null || "ACTIVE".equalsIgnoreCase(status);
  }
}
