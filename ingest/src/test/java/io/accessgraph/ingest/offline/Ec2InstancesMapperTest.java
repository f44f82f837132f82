package io.accessgraph.ingest.offline;

import static io.accessgraph.ingest.offline.Fixtures.APP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.accessgraph.model.ec2.Ec2Instance;
import io.accessgraph.model.snapshot.Snapshot;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Ec2InstancesMapperTest {

  @Test
  void mapsAnInstanceWithEveryField() {
    Snapshot s = Fixtures.readFixtures("cli/app/ec2-us-east-1.json");
    assertThat(s.problems()).isEmpty();
    Ec2Instance web = s.accounts().get(APP).instances().get(0);
    assertThat(web.instanceId()).isEqualTo("i-0aaaaaaaaaaaaaaa1");
    assertThat(web.accountId()).isEqualTo(APP);
    assertThat(web.region()).isEqualTo("us-east-1");
    assertThat(web.availabilityZone()).isEqualTo("us-east-1a");
    assertThat(web.state()).isEqualTo("running");
    assertThat(web.instanceProfileArn())
        .isEqualTo("arn:aws:iam::111111111111:instance-profile/web-server");
    assertThat(web.httpTokens()).isEqualTo("optional");
    assertThat(web.httpEndpoint()).isEqualTo("enabled");
    assertThat(web.imdsV1Allowed()).isTrue();
    assertThat(web.publicIp()).isEqualTo("203.0.113.10");
    assertThat(web.privateIp()).isEqualTo("10.0.1.15");
    assertThat(web.launchTime()).isEqualTo("2024-01-15T09:30:00+00:00");
    assertThat(web.tags()).isEqualTo(Map.of("Name", "web-1"));
    assertThat(web.arn())
        .isEqualTo("arn:aws:ec2:us-east-1:111111111111:instance/i-0aaaaaaaaaaaaaaa1");
  }

  @Test
  void instanceWithoutProfileOrPublicIp() {
    Ec2Instance stopped =
        Fixtures.readFixtures("cli/app/ec2-us-east-1.json").accounts().get(APP).instances().get(1);
    assertThat(stopped.instanceId()).isEqualTo("i-0bbbbbbbbbbbbbbb2");
    assertThat(stopped.state()).isEqualTo("stopped");
    assertThat(stopped.instanceProfileArn()).isNull();
    assertThat(stopped.publicIp()).isNull();
    assertThat(stopped.imdsV1Allowed()).isFalse();
    assertThat(stopped.tags()).isEmpty();
  }

  @Test
  void filesFromSeveralRegionsOfOneAccountMerge() {
    Snapshot s = Fixtures.readFixtures("cli/app/ec2-us-west-2.json", "cli/app/ec2-us-east-1.json");
    assertThat(s.accounts()).containsOnlyKeys(APP);
    assertThat(s.accounts().get(APP).instances())
        .extracting(Ec2Instance::instanceId, Ec2Instance::region)
        .containsExactly(
            tuple("i-0aaaaaaaaaaaaaaa1", "us-east-1"),
            tuple("i-0bbbbbbbbbbbbbbb2", "us-east-1"),
            tuple("i-0ccccccccccccccc3", "us-west-2"));
  }

  @Test
  void anAccountWithOnlyInstancesStillAppears() {
    Snapshot s = Fixtures.readFixtures("cli/app/ec2-us-west-2.json");
    assertThat(s.accounts().get(APP).users()).isEmpty();
    assertThat(s.accounts().get(APP).instances()).hasSize(1);
  }

  @Test
  void instanceWithoutZoneIsLeftOutAndItsNeighbourIsKept() {
    Snapshot s =
        Fixtures.read(
            Fixtures.json(
                "eu/ec2.json",
                """
                {"Reservations": [{"OwnerId": "111111111111", "Instances": [
                  {"InstanceId": "i-nozone", "State": {"Name": "running"}},
                  {"InstanceId": "i-fine", "Placement": {"AvailabilityZone": "eu-west-1b"}}]}]}
                """));
    assertThat(s.accounts().get(APP).instances())
        .extracting(Ec2Instance::instanceId)
        .containsExactly("i-fine");
    assertThat(s.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo("eu/ec2.json");
              assertThat(p.entity()).isEqualTo("i-nozone");
              assertThat(p.message())
                  .isEqualTo(
                      "instance 'i-nozone' has no Placement.AvailabilityZone, so its region is"
                          + " unknown; this instance was left out");
            });
  }

  @Test
  void reservationWithoutOwnerIsReported() {
    Snapshot s =
        Fixtures.read(
            Fixtures.json(
                "ec2.json",
                """
                {"Reservations": [
                  {"ReservationId": "r-1", "Instances": [{"InstanceId": "i-1",
                    "Placement": {"AvailabilityZone": "us-east-1a"}}]},
                  {"ReservationId": "r-2", "OwnerId": "111111111111", "Instances": [
                    {"InstanceId": "i-2", "Placement": {"AvailabilityZone": "us-east-1a"}}]}]}
                """));
    assertThat(s.accounts().get(APP).instances())
        .extracting(Ec2Instance::instanceId)
        .containsExactly("i-2");
    assertThat(s.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.entity()).isEqualTo("r-1");
              assertThat(p.message()).contains("reservation r-1 has no OwnerId");
            });
  }

  @Test
  void nextTokenFromMaxItemsIsReported() {
    Snapshot s =
        Fixtures.read(
            Fixtures.json(
                "ec2-page.json",
                """
                {"Reservations": [], "NextToken": "eyJOZXh0VG9rZW4iOiBudWxsfQ=="}
                """));
    assertThat(s.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .contains("output is truncated (NextToken)")
                    .contains("aws ec2 describe-instances"));
  }
}
