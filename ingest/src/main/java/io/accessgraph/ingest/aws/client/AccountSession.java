package io.accessgraph.ingest.aws.client;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.regions.Region;

/**
 * Credentials for one account and the way to build its clients.
 *
 * @param homeRegion the region for regional calls that are not per region (STS, DescribeRegions)
 */
public record AccountSession(
    String accountId,
    AwsCredentialsProvider credentials,
    Region homeRegion,
    AwsClientFactory clients) {

  /** A client of a regional service in {@code region}. */
  public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C regional(
      B builder, Region region) {
    return clients.client(builder, region, credentials);
  }

  /** A client of a global service (IAM, Organizations), signed for its partition's region. */
  public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C global(B builder) {
    return clients.client(builder, AwsClientFactory.globalSigningRegion(homeRegion), credentials);
  }
}
