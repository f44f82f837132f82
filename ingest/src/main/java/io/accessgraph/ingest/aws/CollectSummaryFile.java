package io.accessgraph.ingest.aws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accessgraph.ingest.aws.json.SdkJson;
import io.accessgraph.ingest.aws.json.SnapshotFiles;
import java.time.Instant;
import java.util.List;

/**
 * {@code _collect-summary.json}: how each account went, kept next to the data so an archived
 * collection says what it is missing. The leading underscore marks it as not a data file for the
 * offline reader.
 */
final class CollectSummaryFile {
  static final String NAME = "_collect-summary.json";

  private CollectSummaryFile() {}

  static void write(
      SnapshotFiles out,
      Instant startedAt,
      String callerAccountId,
      boolean organization,
      List<String> notes,
      CollectResult result) {
    ObjectNode file = SnapshotFiles.newObject();
    file.put("StartedAt", SdkJson.timestamp(startedAt));
    file.put("FinishedAt", SdkJson.timestamp(Instant.now()));
    file.put("CallerAccountId", callerAccountId);
    file.put("OrganizationDiscovered", organization);
    file.put("ExitCode", result.exitCode());
    ArrayNode notesNode = file.putArray("Notes");
    notes.forEach(notesNode::add);
    ArrayNode accounts = file.putArray("Accounts");
    for (AccountResult r : result.accounts()) {
      ObjectNode a = accounts.addObject();
      a.put("AccountId", r.accountId());
      a.put("Name", r.name());
      a.put("Status", r.status().name());
      a.put("Reason", r.reason());
      EntityCounts c = r.counts();
      a.putObject("Counts")
          .put("Users", c.users())
          .put("Groups", c.groups())
          .put("Roles", c.roles())
          .put("Policies", c.policies())
          .put("AccessKeys", c.accessKeys())
          .put("Instances", c.instances())
          .put("Resources", c.resources());
      a.put("Seconds", r.elapsed().toMillis() / 1000.0);
    }
    out.write(NAME, file);
  }
}
