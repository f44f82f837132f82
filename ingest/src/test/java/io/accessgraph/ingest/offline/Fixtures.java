package io.accessgraph.ingest.offline;

import io.accessgraph.model.snapshot.IngestProblem;
import io.accessgraph.model.snapshot.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Loads the raw CLI outputs under src/test/resources/offline and reads them. */
final class Fixtures {
  static final String APP = "111111111111";
  static final String DEPLOY = "222222222222";

  private Fixtures() {}

  /** A fixture by its path under offline/, keeping that path as its name. */
  static InputFile file(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/offline/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture offline/" + path);
      }
      return new InputFile(path, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputFile json(String name, String text) {
    return new InputFile(name, text.getBytes(StandardCharsets.UTF_8));
  }

  static Path dir(String path) {
    try {
      return Path.of(Fixtures.class.getResource("/offline/" + path).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Snapshot read(InputFile... files) {
    return new OfflineSnapshotReader().read(Arrays.asList(files));
  }

  static Snapshot readFixtures(String... paths) {
    return read(Arrays.stream(paths).map(Fixtures::file).toArray(InputFile[]::new));
  }

  static List<String> messages(Snapshot snapshot) {
    return snapshot.problems().stream().map(IngestProblem::toString).toList();
  }
}
