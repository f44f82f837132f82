package io.accessgraph.ingest.aws.org;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accessgraph.ingest.aws.json.SdkJson;
import io.accessgraph.ingest.aws.json.SnapshotFiles;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.ListAccountsForParentResponse;
import software.amazon.awssdk.services.organizations.model.ListOrganizationalUnitsForParentResponse;
import software.amazon.awssdk.services.organizations.model.ListPoliciesResponse;
import software.amazon.awssdk.services.organizations.model.ListRootsResponse;
import software.amazon.awssdk.services.organizations.model.ListTargetsForPolicyResponse;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.organizations.model.OrganizationalUnit;
import software.amazon.awssdk.services.organizations.model.PolicySummary;
import software.amazon.awssdk.services.organizations.model.PolicyTargetSummary;
import software.amazon.awssdk.services.organizations.model.Root;

/**
 * Walks the organization tree. Reads only; every list call is paginated by the SDK's paginators.
 */
public final class OrgDiscovery {
  static final List<String> POLICY_TYPES =
      List.of("SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY");

  private final OrganizationsClient orgs;
  private final SdkJson json = SdkJson.plain();

  public OrgDiscovery(OrganizationsClient orgs) {
    this.orgs = orgs;
  }

  /**
   * Reads the whole organization.
   *
   * @throws software.amazon.awssdk.core.exception.SdkException when the organization cannot be read
   *     (no access, not in use); policy types that cannot be listed are recorded in {@link
   *     OrgTree#notes()} instead
   */
  public OrgTree discover() {
    Organization org = orgs.describeOrganization(r -> {}).organization();
    ObjectNode out = SnapshotFiles.newObject();
    ObjectNode orgNode = out.putObject("organization");
    orgNode.put("Id", org.id());
    orgNode.put("Arn", org.arn());
    orgNode.put("MasterAccountId", org.masterAccountId());
    orgNode.put("MasterAccountEmail", org.masterAccountEmail());
    orgNode.put("FeatureSet", org.featureSetAsString());

    ArrayNode roots = out.putArray("roots");
    ArrayNode units = out.putArray("organizationalUnits");
    ArrayNode accountsNode = out.putArray("accounts");
    List<OrgTree.Member> members = new ArrayList<>();
    Deque<String> parents = new ArrayDeque<>();
    for (Root root : pages(orgs.listRootsPaginator(r -> {}), ListRootsResponse::roots)) {
      roots.addObject().put("Id", root.id()).put("Arn", root.arn()).put("Name", root.name());
      parents.add(root.id());
    }
    while (!parents.isEmpty()) {
      String parent = parents.poll();
      for (OrganizationalUnit ou :
          pages(
              orgs.listOrganizationalUnitsForParentPaginator(r -> r.parentId(parent)),
              ListOrganizationalUnitsForParentResponse::organizationalUnits)) {
        units
            .addObject()
            .put("Id", ou.id())
            .put("Arn", ou.arn())
            .put("Name", ou.name())
            .put("ParentId", parent);
        parents.add(ou.id());
      }
      for (Account a :
          pages(
              orgs.listAccountsForParentPaginator(r -> r.parentId(parent)),
              ListAccountsForParentResponse::accounts)) {
        accountsNode
            .addObject()
            .put("Id", a.id())
            .put("Arn", a.arn())
            .put("Name", a.name())
            .put("Email", a.email())
            .put("Status", a.statusAsString())
            .put("ParentId", parent);
        members.add(new OrgTree.Member(a.id(), a.name(), a.statusAsString()));
      }
    }
    List<String> notes = new ArrayList<>();
    ArrayNode policies = out.putArray("policies");
    for (String type : POLICY_TYPES) {
      try {
        policies(type, policies);
      } catch (AwsServiceException e) {
        notes.add("organization policies of type " + type + " not read: " + e.getMessage());
      }
    }
    return new OrgTree(org.masterAccountId(), out, members, notes);
  }

  private void policies(String type, ArrayNode into) {
    List<ObjectNode> found = new ArrayList<>();
    for (PolicySummary summary :
        pages(orgs.listPoliciesPaginator(r -> r.filter(type)), ListPoliciesResponse::policies)) {
      ObjectNode policy = SnapshotFiles.newObject();
      policy.set("PolicySummary", json.object(summary));
      policy.put("Content", orgs.describePolicy(r -> r.policyId(summary.id())).policy().content());
      List<PolicyTargetSummary> targets =
          pages(
              orgs.listTargetsForPolicyPaginator(r -> r.policyId(summary.id())),
              ListTargetsForPolicyResponse::targets);
      policy.set("Targets", json.array(targets));
      found.add(policy);
    }
    found.forEach(into::add);
  }

  /** Organizations' paginators hand out pages only; this flattens them. */
  private static <P, T> List<T> pages(Iterable<P> pages, Function<P, List<T>> items) {
    List<T> all = new ArrayList<>();
    pages.forEach(page -> all.addAll(items.apply(page)));
    return all;
  }
}
