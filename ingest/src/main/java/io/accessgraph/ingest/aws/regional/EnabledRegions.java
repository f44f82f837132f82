package io.accessgraph.ingest.aws.regional;

import io.accessgraph.ingest.aws.client.AccountSession;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Region;

/**
 * The regions enabled in an account. Opt-in regions differ per account, so this asks each account
 * rather than assuming the caller's list.
 */
public final class EnabledRegions {
  private EnabledRegions() {}

  public static List<software.amazon.awssdk.regions.Region> of(AccountSession session) {
    try (Ec2Client ec2 = session.regional(Ec2Client.builder(), session.homeRegion())) {
      // AllRegions=false (the default) lists only the regions enabled for the account.
      return ec2.describeRegions(r -> r.allRegions(false)).regions().stream()
          .map(Region::regionName)
          .sorted()
          .map(software.amazon.awssdk.regions.Region::of)
          .toList();
    }
  }
}
