package io.accessgraph.ingest.aws.iam;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accessgraph.ingest.aws.json.SdkJson;
import io.accessgraph.ingest.aws.json.SnapshotFiles;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKeyMetadata;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.GetAccountAuthorizationDetailsResponse;
import software.amazon.awssdk.services.iam.model.UserDetail;

/** Writes {@code <account>-iam.json}, {@code -access-keys.json} and the identity providers. */
public final class IamCollector {
  private final IamClient iam;
  private final String accountId;
  private final SnapshotFiles out;

  public IamCollector(IamClient iam, String accountId, SnapshotFiles out) {
    this.iam = iam;
    this.accountId = accountId;
    this.out = out;
  }

  /**
   * GetAccountAuthorizationDetails, every page merged into one file as {@code aws iam
   * get-account-authorization-details} prints it, policy documents decoded.
   */
  public IamSummary authorizationDetails() {
    SdkJson json = SdkJson.iam();
    ObjectNode file = SnapshotFiles.newObject();
    ArrayNode users = file.putArray("UserDetailList");
    ArrayNode groups = file.putArray("GroupDetailList");
    ArrayNode roles = file.putArray("RoleDetailList");
    ArrayNode policies = file.putArray("Policies");
    List<String> userNames = new ArrayList<>();
    for (GetAccountAuthorizationDetailsResponse page :
        iam.getAccountAuthorizationDetailsPaginator(
            r ->
                r.filter(
                    EntityType.USER,
                    EntityType.ROLE,
                    EntityType.GROUP,
                    EntityType.LOCAL_MANAGED_POLICY,
                    EntityType.AWS_MANAGED_POLICY))) {
      users.addAll(json.array(page.userDetailList()));
      groups.addAll(json.array(page.groupDetailList()));
      roles.addAll(json.array(page.roleDetailList()));
      policies.addAll(json.array(page.policies()));
      page.userDetailList().stream().map(UserDetail::userName).forEach(userNames::add);
    }
    out.write(accountId + "-iam.json", file);
    return new IamSummary(
        users.size(), groups.size(), roles.size(), policies.size(), List.copyOf(userNames));
  }

  /** ListAccessKeys for every user, in one file that names the account. */
  public int accessKeys(List<String> userNames) {
    List<AccessKeyMetadata> keys = new ArrayList<>();
    for (String user : userNames) {
      iam.listAccessKeysPaginator(r -> r.userName(user)).accessKeyMetadata().forEach(keys::add);
    }
    ObjectNode file = SnapshotFiles.newObject();
    file.put("AccountId", accountId);
    file.set("AccessKeyMetadata", SdkJson.plain().array(keys));
    out.write(accountId + "-access-keys.json", file);
    return keys.size();
  }

  /** The OIDC and SAML providers, each in the shape of its list call. */
  public int identityProviders() {
    SdkJson json = SdkJson.plain();
    var oidc = iam.listOpenIDConnectProviders(r -> {});
    out.write(accountId + "-oidc-providers.json", json.object(oidc));
    var saml = iam.listSAMLProviders(r -> {});
    out.write(accountId + "-saml-providers.json", json.object(saml));
    return oidc.openIDConnectProviderList().size() + saml.samlProviderList().size();
  }
}
