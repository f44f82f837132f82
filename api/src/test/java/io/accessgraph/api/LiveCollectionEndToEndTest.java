package io.accessgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.ingest.aws.fake.FakeAwsServer;
import io.accessgraph.store.GraphStore;
import io.accessgraph.store.StoreConfig;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live collection through the real AWS SDK clients against the in-process AWS protocol fake, into a
 * Neo4j reached over Bolt with {@code --neo4j-uri} (one embedded server for the class).
 */
class LiveCollectionEndToEndTest {
  private static final String INSTANCE = "i-0e2e000000000001";
  private static final String DEPLOY_ROLE = "arn:aws:iam::444444444444:role/deploy-role";

  @TempDir static Path work;
  static FakeAwsServer aws;
  static GraphStore neo4j;

  @BeforeAll
  static void start() {
    aws = FakeAwsServer.fromClasspath("aws/org-e2e");
    neo4j = GraphStore.open(StoreConfig.embedded(work.resolve("neo4j")));
    System.setProperty("aws.accessKeyId", FakeAwsServer.accessKeyFor("111111111111"));
    System.setProperty("aws.secretAccessKey", "fake-secret");
    System.setProperty("aws.region", "us-east-1");
  }

  @AfterAll
  static void stop() {
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
    System.clearProperty("aws.region");
    neo4j.close();
    aws.close();
  }

  @Test
  void ingestAwsFindsTheCrossAccountPathAndCollectThenIngestGivesTheSameGraph() {
    CliRunner.Result live =
        CliRunner.run(
            "ingest",
            "--aws",
            "--endpoint-url",
            aws.endpoint().toString(),
            "--neo4j-uri",
            neo4j.boltUri());

    assertThat(live.exitCode()).as(live.err()).isEqualTo(2);
    assertThat(live.out()).contains("777777777777", "FAILED", "555555555555", "444444444444");
    CliRunner.Result path =
        CliRunner.run(
            "query",
            "paths",
            "--from",
            INSTANCE,
            "--to",
            DEPLOY_ROLE,
            "--neo4j-uri",
            neo4j.boltUri());
    assertThat(path.exitCode()).as(path.err()).isZero();
    assertThat(path.out())
        .contains("path 1: 2 hop(s)", "RUNS_AS ec2-instance-role", "CAN_ASSUME sts-001");

    Path collected = work.resolve("collected");
    CliRunner.Result collect =
        CliRunner.run(
            "collect",
            "--aws",
            "--out",
            collected.toString(),
            "--endpoint-url",
            aws.endpoint().toString());
    assertThat(collect.exitCode()).as(collect.err()).isEqualTo(2);
    CliRunner.Result offline =
        CliRunner.run("ingest", "--from", collected.toString(), "--neo4j-uri", neo4j.boltUri());

    assertThat(offline.exitCode()).as(offline.err()).isZero();
    assertThat(ingestSummary(offline.out())).isEqualTo(ingestSummary(live.out()));
  }

  /** The account table and analysis line that an ingest prints, without the collection table. */
  private static List<String> ingestSummary(String out) {
    List<String> lines = Arrays.asList(out.split("\\R"));
    int start =
        lines.indexOf(
            lines.stream().filter(l -> l.startsWith("account ")).reduce((a, b) -> b).orElseThrow());
    return lines.subList(start, lines.size()).stream().filter(l -> !l.isBlank()).toList();
  }
}
