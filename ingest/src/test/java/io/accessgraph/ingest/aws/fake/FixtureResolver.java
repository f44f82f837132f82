package io.accessgraph.ingest.aws.fake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the response for a request in a scenario directory. Looks in {@code
 * <account>/<service>/<region>/}, {@code <account>/<service>/}, {@code _any/<service>/<region>/},
 * {@code _any/<service>/}, in that order; in the first directory with a matching file, the file
 * with the most matching variants wins (ties: the first by name).
 */
final class FixtureResolver {
  private final Path root;

  FixtureResolver(Path root) {
    this.root = root;
  }

  Optional<Fixture> find(FakeRequest request) {
    List<Path> dirs =
        List.of(
            root.resolve(request.account()).resolve(request.service()).resolve(request.region()),
            root.resolve(request.account()).resolve(request.service()),
            root.resolve("_any").resolve(request.service()).resolve(request.region()),
            root.resolve("_any").resolve(request.service()));
    for (Path dir : dirs) {
      Optional<Fixture> best = best(dir, request);
      if (best.isPresent()) {
        return best;
      }
    }
    return Optional.empty();
  }

  /** A file of the scenario by its path relative to the scenario root. */
  Fixture file(String relative) {
    Fixture f = Fixture.of(root.resolve(relative));
    if (f == null || !Files.isRegularFile(f.path())) {
      throw new IllegalArgumentException("no fixture file " + relative + " in scenario " + root);
    }
    return f;
  }

  private static Optional<Fixture> best(Path dir, FakeRequest request) {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .map(Fixture::of)
          .filter(f -> f != null && f.action().equals(request.action()) && f.matches(request))
          .sorted(Comparator.comparing(p -> p.path().getFileName().toString()))
          .max(Comparator.comparingInt(f -> f.variants().size()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
