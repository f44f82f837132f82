package io.accessgraph.ingest.offline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Derives the region from an availability zone name. */
final class Regions {
  // A region is letters-words-number: us-east-1, us-gov-west-1, ap-southeast-2, il-central-1.
  // Zones append a letter (us-east-1a) or a local / wavelength zone suffix (us-west-2-lax-1a,
  // us-east-1-wl1-bos-wlz-1); the region is the leading part up to the first number.
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(?:-[a-z]+)+-\\d+");

  private Regions() {}

  static Optional<String> fromAvailabilityZone(String zone) {
    if (zone == null) {
      return Optional.empty();
    }
    Matcher m = REGION.matcher(zone);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    return Optional.of(m.group());
  }
}
