package io.accessgraph.ingest.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionsTest {

  @ParameterizedTest
  @CsvSource({
    "us-east-1a, us-east-1",
    "eu-west-3c, eu-west-3",
    "ap-southeast-2b, ap-southeast-2",
    "us-gov-west-1a, us-gov-west-1",
    "il-central-1a, il-central-1",
    "us-west-2-lax-1a, us-west-2",
    "us-east-1-bos-1a, us-east-1",
    "us-east-1-wl1-bos-wlz-1, us-east-1",
    "cn-north-1a, cn-north-1",
    "us-east-1, us-east-1"
  })
  void regionIsTheZoneWithoutItsZoneSuffix(String zone, String region) {
    assertThat(Regions.fromAvailabilityZone(zone)).contains(region);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "use1-az1", "east", "1a"})
  void noRegionInSomethingElse(String zone) {
    assertThat(Regions.fromAvailabilityZone(zone)).isEmpty();
  }
}
