package io.accessgraph.ingest.aws.org;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What discovery found.
 *
 * @param managementAccountId the organization's management account
 * @param json the content of {@code org.json}
 * @param members every account of the organization, in tree order
 * @param notes what could not be read (the rest still was)
 */
public record OrgTree(
    String managementAccountId, ObjectNode json, List<Member> members, List<String> notes) {
  public OrgTree {
    members = List.copyOf(members);
    notes = List.copyOf(notes);
  }

  /** A member account; {@code status} as Organizations reports it (ACTIVE, SUSPENDED, ...). */
  public record Member(String id, String name, String status) {
    public boolean active() {
      return status == null || "ACTIVE".equalsIgnoreCase(status);
    }
  }
}
