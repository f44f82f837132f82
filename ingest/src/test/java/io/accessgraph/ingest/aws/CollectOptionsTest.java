package io.accessgraph.ingest.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CollectOptionsTest {
  @Test
  void defaultsAreTheDocumentedOnes() {
    CollectOptions o = CollectOptions.defaults();
    assertThat(o.roleName()).isEqualTo("OrganizationAccountAccessRole");
    assertThat(o.sessionName()).isEqualTo("accessgraph-collector");
    assertThat(o.sessionDuration()).isEqualTo(Duration.ofHours(1));
    assertThat(o.concurrency()).isEqualTo(4);
    assertThat(o.services())
        .containsExactlyInAnyOrder(
            "ec2", "lambda", "cloudformation", "codebuild", "ecs", "glue", "sagemaker");
    assertThat(o.accounts()).isEmpty();
    assertThat(o.regions()).isEmpty();
    assertThat(o.toBuilder().concurrency(2).build().roleName()).isEqualTo(o.roleName());
  }

  @Test
  void namesTheBadOption() {
    assertThatThrownBy(() -> CollectOptions.builder().accounts(List.of("12345")).build())
        .hasMessageContaining("--accounts")
        .hasMessageContaining("12345");
    assertThatThrownBy(() -> CollectOptions.builder().regions(List.of("Europe")).build())
        .hasMessageContaining("--regions");
    assertThatThrownBy(() -> CollectOptions.builder().services(Set.of("ec2", "s3")).build())
        .hasMessageContaining("s3")
        .hasMessageContaining("lambda");
    assertThatThrownBy(() -> CollectOptions.builder().concurrency(0).build())
        .hasMessageContaining("--concurrency");
    assertThatThrownBy(
            () -> CollectOptions.builder().sessionDuration(Duration.ofMinutes(5)).build())
        .hasMessageContaining("--session-duration");
    assertThatThrownBy(() -> CollectOptions.builder().sessionName("a b").build())
        .hasMessageContaining("--session-name");
  }

  @Test
  void acceptsIamAsAlwaysCollected() {
    assertThat(CollectOptions.builder().services(Set.of("iam")).build().services())
        .containsExactly("iam");
  }
}
