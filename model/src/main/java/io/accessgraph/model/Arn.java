package io.accessgraph.model;

import java.util.Objects;

/**
 * An Amazon Resource Name split into its parts. ARNs are case-sensitive; only the service and
 * partition are compared as written.
 */
public record Arn(
    String partition, String service, String region, String account, String resource) {

  public Arn {
    Objects.requireNonNull(partition, "partition");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(resource, "resource");
  }

  /**
   * Parses {@code arn:partition:service:region:account:resource}.
   *
   * @throws IllegalArgumentException naming what was expected when {@code text} is not an ARN
   */
  public static Arn parse(String text) {
    if (text == null || !text.startsWith("arn:")) {
      throw new IllegalArgumentException(
          "not an ARN: '" + text + "' (expected arn:partition:service:region:account:resource)");
    }
    String[] parts = text.split(":", 6);
    if (parts.length < 6 || parts[1].isEmpty() || parts[2].isEmpty()) {
      throw new IllegalArgumentException(
          "not an ARN: '" + text + "' (expected arn:partition:service:region:account:resource)");
    }
    return new Arn(parts[1], parts[2], parts[3], parts[4], parts[5]);
  }

  /** Returns the parsed ARN, or null when {@code text} is not an ARN. */
  public static Arn tryParse(String text) {
    try {
      return parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The resource type before the first '/' or ':' ("role", "user", "instance", ...). */
  public String resourceType() {
    int cut = firstSeparator(resource);
    return cut < 0 ? resource : resource.substring(0, cut);
  }

  /** The last path segment of the resource: the entity's name for IAM ARNs. */
  public String resourceName() {
    int cut = Math.max(resource.lastIndexOf('/'), resource.lastIndexOf(':'));
    return cut < 0 ? resource : resource.substring(cut + 1);
  }

  /** True for {@code arn:aws:iam::123456789012:root}. */
  public boolean isAccountRoot() {
    return "iam".equals(service) && "root".equals(resource);
  }

  private static int firstSeparator(String s) {
    int slash = s.indexOf('/');
    int colon = s.indexOf(':');
    if (slash < 0) {
      return colon;
    }
    if (colon < 0) {
      return slash;
    }
    return Math.min(slash, colon);
  }

  @Override
  public String toString() {
    return "arn:" + partition + ":" + service + ":" + region + ":" + account + ":" + resource;
  }
}
