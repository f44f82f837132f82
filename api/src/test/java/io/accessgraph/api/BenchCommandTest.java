package io.accessgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The smallest benchmark as CI's smoke check: the whole pipeline on a synthetic organization, with
 * the planted answers as the assertion. No timing is asserted.
 */
class BenchCommandTest {

  @Test
  void smallestBenchmarkGivesEveryPlantedAnswer() {
    CliRunner.Result result =
        CliRunner.run(
            "bench",
            "--accounts",
            "12",
            "--principals-per-account",
            "40",
            "--seed",
            "3",
            "--queries",
            "50");

    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    assertThat(result.out())
        .containsPattern("planted answers: (\\d+)/\\1 correct")
        .contains("neo4j load", "analysis: edges", "blast radius", "who-can-reach");
  }
}
