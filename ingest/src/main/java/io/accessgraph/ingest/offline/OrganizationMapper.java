package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.databind.JsonNode;
import io.accessgraph.model.AccountIds;
import io.accessgraph.model.org.OrgAccount;
import io.accessgraph.model.org.OrgPolicy;
import io.accessgraph.model.org.OrgRoot;
import io.accessgraph.model.org.OrgUnit;
import io.accessgraph.model.org.Organization;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Maps org.json: {@code {"organization": {...}, "roots": [...], "organizationalUnits": [...],
 * "accounts": [...], "policies": [{"PolicySummary": {...}, "Content": "...", "Targets": [...]}]}}
 * with AWS Organizations API field names.
 */
final class OrganizationMapper {
  private OrganizationMapper() {}

  static void map(JsonNode root, IngestRun run, FileProblems problems) {
    JsonNode org = JsonFields.object(root, "organization");
    if (org == null) {
      problems.file("\"organization\" is null; the organization file was left out");
      return;
    }
    String id = JsonFields.requiredText(org, "Id");
    String management = JsonFields.text(org, "MasterAccountId");
    if (management == null) {
      management = JsonFields.text(org, "ManagementAccountId");
    }
    List<OrgRoot> roots = new ArrayList<>();
    Entities.each(
        JsonFields.array(root, "roots"),
        "root",
        "Id",
        problems,
        n ->
            roots.add(
                new OrgRoot(
                    JsonFields.requiredText(n, "Id"),
                    JsonFields.text(n, "Arn"),
                    JsonFields.text(n, "Name"))));
    List<OrgUnit> units = new ArrayList<>();
    Entities.each(
        JsonFields.array(root, "organizationalUnits"),
        "organizational unit",
        "Id",
        problems,
        n ->
            units.add(
                new OrgUnit(
                    JsonFields.requiredText(n, "Id"),
                    JsonFields.text(n, "Arn"),
                    JsonFields.text(n, "Name"),
                    JsonFields.requiredText(n, "ParentId"))));
    List<OrgAccount> accounts = new ArrayList<>();
    Entities.each(
        JsonFields.array(root, "accounts"),
        "account",
        "Id",
        problems,
        n -> accounts.add(account(n)));
    List<OrgPolicy> policies = new ArrayList<>();
    Entities.each(
        JsonFields.array(root, "policies"),
        "organization policy",
        "PolicySummary.Id",
        problems,
        n -> policy(n, problems).ifPresent(policies::add));
    roots.sort(Comparator.comparing(OrgRoot::id));
    units.sort(Comparator.comparing(OrgUnit::id));
    accounts.sort(Comparator.comparing(OrgAccount::id));
    policies.sort(Comparator.comparing(OrgPolicy::id));
    run.organization(
        new Organization(
            id, JsonFields.text(org, "Arn"), management, roots, units, accounts, policies),
        problems);
  }

  private static OrgAccount account(JsonNode n) {
    String id = JsonFields.requiredText(n, "Id");
    if (!AccountIds.isAccountId(id)) {
      throw new InputException("has Id '" + id + "', expected a 12-digit account id");
    }
    return new OrgAccount(
        id,
        JsonFields.text(n, "Arn"),
        JsonFields.text(n, "Name"),
        JsonFields.text(n, "Email"),
        JsonFields.text(n, "Status"),
        JsonFields.requiredText(n, "ParentId"));
  }

  // Content is the policy as a JSON string, exactly as describe-policy returns it.
  private static Optional<OrgPolicy> policy(JsonNode n, FileProblems problems) {
    JsonNode summary = JsonFields.object(n, "PolicySummary");
    if (summary == null) {
      throw new InputException("has no PolicySummary");
    }
    String id = JsonFields.requiredText(summary, "Id");
    String arn = JsonFields.text(summary, "Arn");
    String name = JsonFields.text(summary, "Name");
    String type = JsonFields.text(summary, "Type");
    if (type == null) {
      type = OrgPolicy.SCP;
    }
    JsonNode content = n.get("Content");
    String label = "organization policy " + id + (name == null ? "" : " (" + name + ")");
    List<String> targets = new ArrayList<>();
    for (JsonNode t : JsonFields.array(n, "Targets")) {
      String target = JsonFields.text(t, "TargetId");
      if (target == null) {
        throw new InputException("has a target without TargetId");
      }
      if (!targets.contains(target)) {
        targets.add(target);
      }
    }
    targets.sort(null);
    String finalType = type;
    return PolicyReader.read(
            content,
            label,
            "Content",
            arn == null ? id : arn,
            "the policy was left out, so what it allows or denies below its targets is not"
                + " applied",
            problems)
        .map(
            doc ->
                new OrgPolicy(
                    id,
                    arn,
                    name,
                    finalType,
                    summary.path("AwsManaged").asBoolean(false),
                    doc,
                    targets));
  }
}
