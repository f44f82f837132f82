package io.accessgraph.ingest.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accessgraph.ingest.offline.OfflineSnapshotReader;
import io.accessgraph.model.snapshot.Snapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One small organization (5 accounts × 40 principals), generated and read once for the tests that
 * only look at it.
 */
final class SynthFixture {
  static final SynthOptions OPTIONS = new SynthOptions(5, 40, 7);
  private static SynthFixture instance;

  final Path dir;
  final SynthResult result;
  final Snapshot snapshot;
  final JsonNode expected;

  private SynthFixture() throws IOException {
    dir = Files.createTempDirectory("synth-fixture");
    dir.toFile().deleteOnExit();
    result = SyntheticOrganization.write(OPTIONS, dir);
    snapshot = new OfflineSnapshotReader().read(dir);
    expected = new ObjectMapper().readTree(result.expectedAnswers().toFile());
  }

  static synchronized SynthFixture get() {
    if (instance == null) {
      try {
        instance = new SynthFixture();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }
}
