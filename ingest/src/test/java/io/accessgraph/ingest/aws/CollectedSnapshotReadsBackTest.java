package io.accessgraph.ingest.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.ingest.aws.fake.FakeAwsServer;
import io.accessgraph.ingest.offline.OfflineSnapshotReader;
import io.accessgraph.model.ec2.Ec2Instance;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.IngestProblem;
import io.accessgraph.model.snapshot.Snapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the collector writes is what the offline reader reads: the contract between the two. */
class CollectedSnapshotReadsBackTest {
  @TempDir Path out;

  @Test
  void theOfflineReaderLoadsACollection() {
    try (FakeAwsServer aws = FakeAwsServer.fromClasspath("aws/org-e2e")) {
      new OrganizationCollector(FakeAwsServer.credentialsFor("111111111111"))
          .collect(
              CollectOptions.builder()
                  .endpointUrl(aws.endpoint())
                  .apiTimeout(Duration.ofSeconds(20))
                  .build(),
              out,
              CollectProgress.none());
    }

    Snapshot snapshot = new OfflineSnapshotReader().read(out);

    assertThat(snapshot.organization()).isPresent();
    assertThat(snapshot.organization().get().accounts()).hasSize(4);
    assertThat(snapshot.accounts().keySet())
        .contains("111111111111", "555555555555", "444444444444")
        .doesNotContain("777777777777");
    AccountSnapshot dev = snapshot.account("555555555555").orElseThrow();
    assertThat(dev.roles()).extracting(Role::name).contains("web-app-role");
    assertThat(dev.instances())
        .extracting(Ec2Instance::instanceId)
        .containsExactlyInAnyOrder("i-0e2e000000000001", "i-0e2e000000000002");
    AccountSnapshot prod = snapshot.account("444444444444").orElseThrow();
    assertThat(prod.roles()).extracting(Role::name).contains("deploy-role");
    // no problem with the IAM, EC2, org, key, report or provider files the collector wrote
    List<IngestProblem> problems = snapshot.problems();
    assertThat(problems)
        .noneMatch(
            p ->
                p.source()
                    .matches(
                        ".*(-iam|-ec2-.*|org|-access-keys|-credential-report|-providers)\\.json"));
  }
}
