package io.accessgraph.ingest.synth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything generated for one account before it is written. Only one account is held at a time,
 * which is what keeps a thousand-account organization within a few hundred MB of heap.
 */
final class AccountModel {
  final int index;
  final String accountId;
  final List<User> users = new ArrayList<>();
  final List<Group> groups = new ArrayList<>();
  final List<Role> roles = new ArrayList<>();
  final List<Instance> instances = new ArrayList<>();

  /** Customer-managed policies by ARN, in creation order. */
  final Map<String, CustomerPolicy> customerPolicies = new LinkedHashMap<>();

  String samlProviderArn;
  long samlProviderCreated;

  AccountModel(int index, String accountId) {
    this.index = index;
    this.accountId = accountId;
  }

  int principals() {
    return users.size() + roles.size();
  }

  record Inline(String name, ObjectNode document) {}

  record User(
      String path,
      String name,
      String id,
      String arn,
      long created,
      List<String> groups,
      List<Inline> inline,
      List<String> attached,
      String boundaryArn,
      Map<String, String> tags,
      List<AccessKey> accessKeys) {}

  record AccessKey(String userName, String id, String status, long created) {}

  record Group(
      String path,
      String name,
      String id,
      String arn,
      long created,
      List<Inline> inline,
      List<String> attached) {}

  /**
   * @param profile the instance profile holding this role, or null
   * @param lastUsedRegion null when the role was never used
   */
  record Role(
      String path,
      String name,
      String id,
      String arn,
      long created,
      ObjectNode trust,
      List<Inline> inline,
      List<String> attached,
      String boundaryArn,
      Map<String, String> tags,
      Profile profile,
      String description,
      String lastUsedRegion,
      long lastUsed) {}

  record Profile(String path, String name, String id, String arn, long created) {}

  /** The last version is the default one. */
  record CustomerPolicy(
      String name, String id, String arn, String path, long created, List<ObjectNode> versions) {}

  /**
   * @param profileArn null when the instance runs without an instance profile
   * @param httpTokens "optional" lets IMDSv1 (and SSRF) read the role's credentials
   */
  record Instance(
      String id,
      String region,
      String zone,
      String type,
      String state,
      String profileArn,
      String profileId,
      String httpTokens,
      String privateIp,
      long launched,
      String name,
      String reservationId) {}
}
