package io.accessgraph.ingest.aws;

import io.accessgraph.ingest.aws.regional.RegionalCollectors;
import io.accessgraph.model.AccountIds;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What to collect and how. Build with {@link #builder()} (every field starts at its default) or
 * start from {@link #defaults()} and {@link #toBuilder()}.
 *
 * @param profile a named profile of the AWS config files, or null for the SDK's default chain
 * @param region the API home region (STS, DescribeRegions), or null for the SDK's region chain and
 *     then us-east-1
 * @param endpointUrl send every request of every service here, or null for AWS
 * @param roleName the role assumed in each member account
 * @param externalId the {@code sts:ExternalId} to pass when assuming, or null
 * @param sessionName the role session name (shows in CloudTrail)
 * @param sessionDuration the assumed-role session length (credentials are refreshed when it ends)
 * @param accounts collect only these accounts (empty: every active account of the organization, or
 *     the calling account without Organizations access)
 * @param regions collect only these regions (empty: every region enabled in each account)
 * @param services the regional services to collect; IAM is always collected
 * @param concurrency how many accounts are collected at once
 * @param apiTimeout the limit for one API attempt
 */
public record CollectOptions(
    String profile,
    String region,
    URI endpointUrl,
    String roleName,
    String externalId,
    String sessionName,
    Duration sessionDuration,
    List<String> accounts,
    List<String> regions,
    Set<String> services,
    int concurrency,
    Duration apiTimeout) {

  public static final String DEFAULT_ROLE = "OrganizationAccountAccessRole";
  public static final String DEFAULT_SESSION = "accessgraph-collector";

  /**
   * Four accounts at once: IAM's request quotas are per account, but GetAccountAuthorizationDetails
   * is heavy and many parallel collections from one caller share its STS and Organizations quotas.
   */
  public static final int DEFAULT_CONCURRENCY = 4;

  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
  private static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@/-]{1,128}");
  private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");

  public CollectOptions {
    roleName = roleName == null ? DEFAULT_ROLE : roleName;
    sessionName = sessionName == null ? DEFAULT_SESSION : sessionName;
    sessionDuration = sessionDuration == null ? Duration.ofHours(1) : sessionDuration;
    accounts = accounts == null ? List.of() : List.copyOf(accounts);
    regions = regions == null ? List.of() : List.copyOf(regions);
    services =
        services == null
            ? Set.copyOf(RegionalCollectors.names())
            : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(services));
    apiTimeout = apiTimeout == null ? Duration.ofSeconds(60) : apiTimeout;
    for (String a : accounts) {
      if (!AccountIds.isAccountId(a)) {
        throw new IllegalArgumentException(
            "--accounts: '" + a + "' is not an AWS account id (12 digits)");
      }
    }
    for (String r : regions) {
      if (!REGION.matcher(r).matches()) {
        throw new IllegalArgumentException(
            "--regions: '" + r + "' is not a region name (like eu-west-1)");
      }
    }
    if (region != null && !REGION.matcher(region).matches()) {
      throw new IllegalArgumentException(
          "--region: '" + region + "' is not a region name (like eu-west-1)");
    }
    if (!ROLE_NAME.matcher(roleName).matches()) {
      throw new IllegalArgumentException("--role-name: '" + roleName + "' is not an IAM role name");
    }
    if (!SESSION_NAME.matcher(sessionName).matches()) {
      throw new IllegalArgumentException(
          "--session-name: '" + sessionName + "' must be 2-64 of letters, digits and +=,.@-_");
    }
    if (sessionDuration.compareTo(Duration.ofMinutes(15)) < 0
        || sessionDuration.compareTo(Duration.ofHours(12)) > 0) {
      throw new IllegalArgumentException(
          "--session-duration: " + sessionDuration + " is outside 15 minutes to 12 hours");
    }
    if (concurrency < 1 || concurrency > 64) {
      throw new IllegalArgumentException(
          "--concurrency: " + concurrency + " is outside 1 to 64 accounts at once");
    }
    if (apiTimeout.isNegative() || apiTimeout.isZero()) {
      throw new IllegalArgumentException("--api-timeout must be positive, was " + apiTimeout);
    }
    RegionalCollectors.forServices(services); // names unknown services
  }

  public static CollectOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .profile(profile)
        .region(region)
        .endpointUrl(endpointUrl)
        .roleName(roleName)
        .externalId(externalId)
        .sessionName(sessionName)
        .sessionDuration(sessionDuration)
        .accounts(accounts)
        .regions(regions)
        .services(services)
        .concurrency(concurrency)
        .apiTimeout(apiTimeout);
  }

  /** Builds options; null or unset fields take their defaults. */
  public static final class Builder {
    private String profile;
    private String region;
    private URI endpointUrl;
    private String roleName;
    private String externalId;
    private String sessionName;
    private Duration sessionDuration;
    private List<String> accounts;
    private List<String> regions;
    private Set<String> services;
    private int concurrency = DEFAULT_CONCURRENCY;
    private Duration apiTimeout;

    private Builder() {}

    public Builder profile(String v) {
      profile = v;
      return this;
    }

    public Builder region(String v) {
      region = v;
      return this;
    }

    public Builder endpointUrl(URI v) {
      endpointUrl = v;
      return this;
    }

    public Builder roleName(String v) {
      roleName = v;
      return this;
    }

    public Builder externalId(String v) {
      externalId = v;
      return this;
    }

    public Builder sessionName(String v) {
      sessionName = v;
      return this;
    }

    public Builder sessionDuration(Duration v) {
      sessionDuration = v;
      return this;
    }

    public Builder accounts(List<String> v) {
      accounts = v;
      return this;
    }

    public Builder regions(List<String> v) {
      regions = v;
      return this;
    }

    public Builder services(Set<String> v) {
      services = v;
      return this;
    }

    public Builder concurrency(int v) {
      concurrency = v;
      return this;
    }

    public Builder apiTimeout(Duration v) {
      apiTimeout = v;
      return this;
    }

    public CollectOptions build() {
      return new CollectOptions(
          profile,
          region,
          endpointUrl,
          roleName,
          externalId,
          sessionName,
          sessionDuration,
          accounts,
          regions,
          services,
          concurrency,
          apiTimeout);
    }
  }
}
