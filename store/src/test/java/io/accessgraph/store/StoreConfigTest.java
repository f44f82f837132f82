package io.accessgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreConfigTest {
  @Test
  void takesCredentialsFromTheEnvironment() {
    StoreConfig config =
        StoreConfig.fromEnvironment(
            null,
            URI.create("neo4j+s://x.databases.neo4j.io"),
            Map.of("NEO4J_USERNAME", "reader", "NEO4J_PASSWORD", "s3cret"));

    assertThat(config.isEmbedded()).isFalse();
    assertThat(config.username()).isEqualTo("reader");
    assertThat(config.password()).isEqualTo("s3cret");
    assertThat(config.toString()).doesNotContain("s3cret");
  }

  @Test
  void defaultsTheUserWhenOnlyAPasswordIsGiven() {
    StoreConfig config =
        StoreConfig.fromEnvironment(
            Path.of("data"), URI.create("bolt://db:7687"), Map.of("NEO4J_PASSWORD", "p"));

    assertThat(config.username()).isEqualTo("neo4j");
  }

  @Test
  void rejectsWhatCannotWork() {
    assertThatThrownBy(() -> StoreConfig.fromEnvironment(null, null, Map.of()))
        .hasMessageContaining("data directory");
    assertThatThrownBy(
            () -> StoreConfig.fromEnvironment(null, URI.create("http://db:7474"), Map.of()))
        .hasMessageContaining("--neo4j-uri 'http://db:7474' is not a Neo4j URI");
    assertThatThrownBy(() -> new StoreConfig(Path.of("d"), null, null, null, 70000))
        .hasMessageContaining("70000");
  }
}
