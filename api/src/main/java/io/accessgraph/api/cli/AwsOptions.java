package io.accessgraph.api.cli;

import io.accessgraph.ingest.aws.CollectOptions;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.Option;

/** How to reach the AWS Organization for live collection (read-only). */
final class AwsOptions {
  @Option(names = "--profile", paramLabel = "NAME", description = "AWS CLI profile (SSO too).")
  String profile;

  @Option(names = "--region", paramLabel = "REGION", description = "Home region for the APIs.")
  String region;

  @Option(
      names = "--endpoint-url",
      paramLabel = "URL",
      description = "Endpoint for every service (AWS-compatible endpoints, VPC endpoints, tests).")
  URI endpointUrl;

  @Option(
      names = "--role-name",
      paramLabel = "NAME",
      description = "Role assumed in each member account (default: OrganizationAccountAccessRole).")
  String roleName;

  @Option(names = "--external-id", paramLabel = "ID", description = "sts:ExternalId to present.")
  String externalId;

  @Option(names = "--session-name", paramLabel = "NAME", description = "Role session name.")
  String sessionName;

  @Option(
      names = "--session-duration",
      paramLabel = "DURATION",
      description = "Assumed-role session length, ISO-8601 (default PT1H).")
  Duration sessionDuration;

  @Option(
      names = "--accounts",
      split = ",",
      paramLabel = "ID",
      description = "Collect only these accounts (also the fallback without Organizations access).")
  List<String> accounts;

  @Option(
      names = "--regions",
      split = ",",
      paramLabel = "REGION",
      description = "Limit EC2 and regional services to these regions (default: all enabled).")
  List<String> regions;

  @Option(
      names = "--services",
      split = ",",
      paramLabel = "NAME",
      description = "Regional services to inventory (default: all; see docs/collector.md).")
  List<String> services;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "" + CollectOptions.DEFAULT_CONCURRENCY,
      description = "Accounts collected at once (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(
      names = "--api-timeout",
      paramLabel = "DURATION",
      description = "Timeout of one API call attempt, ISO-8601 (default PT60S).")
  Duration apiTimeout;

  CollectOptions toCollectOptions() {
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
        services == null ? null : new LinkedHashSet<>(services),
        concurrency,
        apiTimeout);
  }
}
