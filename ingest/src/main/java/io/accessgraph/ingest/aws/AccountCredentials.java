package io.accessgraph.ingest.aws;

import io.accessgraph.ingest.aws.client.AwsClientFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;

/**
 * Credentials per account: the calling account uses its own; every other account gets the
 * configured role assumed with the caller's credentials, refreshed by the SDK when the session ends
 * during a long collection.
 */
final class AccountCredentials {
  private final AwsCredentialsProvider base;
  private final String callerAccountId;
  private final CollectOptions options;
  private final AwsClientFactory clients;
  private final Region home;

  AccountCredentials(
      AwsCredentialsProvider base,
      String callerAccountId,
      CollectOptions options,
      AwsClientFactory clients,
      Region home) {
    this.base = base;
    this.callerAccountId = callerAccountId;
    this.options = options;
    this.clients = clients;
    this.home = home;
  }

  /** The credentials to use in one account; close the lease when the account is done. */
  Lease forAccount(String accountId) throws AssumeRoleFailed {
    if (accountId.equals(callerAccountId)) {
      return new Lease(base, null, null);
    }
    String roleArn = roleArn(accountId);
    StsClient sts = clients.client(StsClient.builder(), home, base);
    AssumeRoleRequest request =
        AssumeRoleRequest.builder()
            .roleArn(roleArn)
            .roleSessionName(options.sessionName())
            .durationSeconds((int) options.sessionDuration().toSeconds())
            .externalId(options.externalId())
            .build();
    StsAssumeRoleCredentialsProvider provider =
        StsAssumeRoleCredentialsProvider.builder()
            .stsClient(sts)
            .refreshRequest(request)
            .asyncCredentialUpdateEnabled(false)
            .build();
    try {
      provider.resolveCredentials(); // fail here, with a clear reason, not in the first IAM call
    } catch (SdkException e) {
      provider.close();
      sts.close();
      throw new AssumeRoleFailed("cannot assume " + roleArn + ": " + Errors.describe(e));
    }
    return new Lease(provider, provider, sts);
  }

  String roleArn(String accountId) {
    String partition =
        switch (AwsClientFactory.globalSigningRegion(home).id()) {
          case "cn-north-1" -> "aws-cn";
          case "us-gov-west-1" -> "aws-us-gov";
          default -> "aws";
        };
    return "arn:" + partition + ":iam::" + accountId + ":role/" + options.roleName();
  }

  /** Credentials for one account and what to close after it. */
  static final class Lease implements AutoCloseable {
    private final AwsCredentialsProvider provider;
    private final AutoCloseable ownedProvider;
    private final StsClient ownedSts;

    private Lease(AwsCredentialsProvider provider, AutoCloseable ownedProvider, StsClient sts) {
      this.provider = provider;
      this.ownedProvider = ownedProvider;
      this.ownedSts = sts;
    }

    AwsCredentialsProvider provider() {
      return provider;
    }

    @Override
    public void close() {
      try {
        if (ownedProvider != null) {
          ownedProvider.close();
        }
      } catch (Exception e) {
        // closing only releases local resources; nothing to report
      }
      if (ownedSts != null) {
        ownedSts.close();
      }
    }
  }

  /** The role could not be assumed: the reason names the role and AWS's error. */
  static final class AssumeRoleFailed extends Exception {
    private static final long serialVersionUID = 1L;

    AssumeRoleFailed(String message) {
      super(message);
    }
  }
}
