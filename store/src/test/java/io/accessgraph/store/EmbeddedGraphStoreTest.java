package io.accessgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: Neo4j in-process on a data directory, reached over Bolt. */
class EmbeddedGraphStoreTest {
  @TempDir Path dataDir;

  @Test
  void keepsItsDataAcrossRestartsAndRefusesASecondProcessOnTheSameDirectory() {
    StoreCounts written;
    try (GraphStore store = GraphStore.open(StoreConfig.embedded(dataDir))) {
      assertThat(store.embedded()).isTrue();
      assertThat(store.boltUri()).startsWith("bolt://127.0.0.1:");
      assertThat(store.writeSnapshot(Fixtures.snapshot(Fixtures.dev())).allWritten()).isTrue();
      written = store.counts();

      assertThatThrownBy(() -> GraphStore.open(StoreConfig.embedded(dataDir)))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("in use by another process")
          .hasMessageContaining("--neo4j-uri bolt://127.0.0.1:");
    }
    assertThat(Files.isDirectory(dataDir.resolve("neo4j/logs"))).isTrue();
    assertThat(Files.isDirectory(dataDir.resolve("neo4j/data"))).isTrue();

    try (GraphStore reopened = GraphStore.open(StoreConfig.embedded(dataDir))) {
      assertThat(reopened.counts()).isEqualTo(written);
      assertThat(reopened.readSnapshot())
          .isEqualTo(Normalized.of(Fixtures.snapshot(Fixtures.dev())));
    }
  }
}
