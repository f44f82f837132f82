package io.accessgraph.ingest.aws.client;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * The only way the collector builds SDK clients. Every client gets the read-only guard, adaptive
 * retries (IAM and Organizations throttle per account), per-attempt and per-call timeouts, the
 * optional endpoint override, and one shared HTTP connection pool.
 */
public final class AwsClientFactory implements AutoCloseable {
  private final URI endpointOverride;
  private final Duration apiTimeout;
  private final SdkHttpClient httpClient;
  private final ReadOnlyInterceptor guard = new ReadOnlyInterceptor();

  /**
   * @param endpointOverride sent every request here instead of AWS (VPC endpoints, compatible
   *     endpoints, tests), or null
   * @param apiTimeout the limit for one attempt; a call with its retries gets three times this
   * @param maxConnections the size of the shared connection pool
   */
  public AwsClientFactory(URI endpointOverride, Duration apiTimeout, int maxConnections) {
    this.endpointOverride = endpointOverride;
    this.apiTimeout = apiTimeout;
    this.httpClient =
        ApacheHttpClient.builder()
            .maxConnections(maxConnections)
            .connectionTimeout(Duration.ofSeconds(10))
            .socketTimeout(apiTimeout)
            .build();
  }

  /**
   * Builds a client from a service's builder, e.g. {@code client(IamClient.builder(), region,
   * credentials)}.
   */
  public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(
      B builder, Region region, AwsCredentialsProvider credentials) {
    builder
        .region(region)
        .credentialsProvider(credentials)
        .httpClient(httpClient)
        .overrideConfiguration(overrides());
    if (endpointOverride != null) {
      builder.endpointOverride(endpointOverride);
    }
    return builder.build();
  }

  /**
   * The region that signs requests to the global services (IAM, Organizations) in the partition of
   * {@code home}: their endpoints live in us-east-1 (cn-north-1, us-gov-west-1).
   */
  public static Region globalSigningRegion(Region home) {
    String id = home.id();
    if (id.startsWith("cn-")) {
      return Region.CN_NORTH_1;
    }
    if (id.startsWith("us-gov-")) {
      return Region.US_GOV_WEST_1;
    }
    return Region.US_EAST_1;
  }

  private ClientOverrideConfiguration overrides() {
    return ClientOverrideConfiguration.builder()
        .addExecutionInterceptor(guard)
        .retryStrategy(RetryMode.ADAPTIVE_V2)
        .apiCallAttemptTimeout(apiTimeout)
        .apiCallTimeout(apiTimeout.multipliedBy(3))
        .build();
  }

  @Override
  public void close() {
    httpClient.close();
  }
}
