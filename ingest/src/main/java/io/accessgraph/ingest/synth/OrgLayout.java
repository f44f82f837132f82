package io.accessgraph.ingest.synth;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The shape of the organization as pure functions of the options: account ids, names and kinds,
 * which accounts hold planted paths and which account each plant reaches into. Any account can be
 * generated without looking at the others.
 */
final class OrgLayout {
  static final String[] REGIONS = {"us-east-1", "eu-west-1", "ap-southeast-2"};
  private static final long FIRST_ACCOUNT = 100_000_000_000L;
  private static final long ACCOUNT_STRIDE = 7919;
  // One account in ten, counted from the first workload account, hosts the planted paths.
  private static final int PLANT_STRIDE = 10;
  private static final int FIRST_WORKLOAD = 2;
  private static final AccountKind[] WORKLOAD_CYCLE = {
    AccountKind.PROD, AccountKind.STAGING, AccountKind.DEV, AccountKind.PROD, AccountKind.SANDBOX
  };

  private final SynthOptions options;
  private final String organizationId;
  private final List<String> vendorAccounts;
  private final String untrustedVendorAccount;

  OrgLayout(SynthOptions options) {
    this.options = options;
    SplittableRandom rng = new SplittableRandom(Seeds.mix(options.seed(), -1));
    this.organizationId = "o-" + SynthIds.lowerAlnum(rng, 10);
    // Outside the organization: account ids here start with 9, ours with 1000.
    this.vendorAccounts =
        List.of(
            String.valueOf(900_000_000_000L + rng.nextLong(99_999_999_999L)),
            String.valueOf(900_000_000_000L + rng.nextLong(99_999_999_999L)));
    this.untrustedVendorAccount = String.valueOf(900_000_000_000L + rng.nextLong(99_999_999_999L));
  }

  SynthOptions options() {
    return options;
  }

  int accounts() {
    return options.accounts();
  }

  String organizationId() {
    return organizationId;
  }

  static String accountId(int index) {
    return String.format("%012d", FIRST_ACCOUNT + index * ACCOUNT_STRIDE);
  }

  String managementAccountId() {
    return accountId(0);
  }

  String sharedServicesAccountId() {
    return accountId(1);
  }

  AccountKind kind(int index) {
    if (index == 0) {
      return AccountKind.MANAGEMENT;
    }
    if (index == 1) {
      return AccountKind.SHARED_SERVICES;
    }
    if (hostsPlants(index)) {
      return AccountKind.AUDIT;
    }
    return WORKLOAD_CYCLE[index % WORKLOAD_CYCLE.length];
  }

  String name(int index) {
    return String.format("synth-%s-%04d", kind(index).label(), index);
  }

  boolean hostsPlants(int index) {
    return index >= FIRST_WORKLOAD && (index - FIRST_WORKLOAD) % PLANT_STRIDE == 0;
  }

  /** The account holding the admin roles that the host's planted instance roles aim at. */
  int plantTarget(int host) {
    return host + 1 < accounts() ? host + 1 : 1;
  }

  /** The plant host aiming at {@code index}, or -1; at most one host aims at any account. */
  int hostTargeting(int index) {
    if (index >= FIRST_WORKLOAD + 1 && hostsPlants(index - 1)) {
      return index - 1;
    }
    int last = accounts() - 1;
    if (index == 1 && hostsPlants(last) && plantTarget(last) == 1) {
      return last;
    }
    return -1;
  }

  /** Third parties that the mix trusts properly, with an external id. */
  List<String> vendorAccounts() {
    return vendorAccounts;
  }

  /** The third party that planted path P3 trusts without an external id. */
  String untrustedVendorAccount() {
    return untrustedVendorAccount;
  }
}
