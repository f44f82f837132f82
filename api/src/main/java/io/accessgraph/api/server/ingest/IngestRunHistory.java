package io.accessgraph.api.server.ingest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest runs of earlier server processes, kept in {@code ingest-runs.json} in the data
 * directory so that "list past runs" survives a restart. A run is saved when it starts and when it
 * ends; one that was still going when its server stopped is shown as failed. Readable by the owner
 * only: run results name accounts and their errors.
 */
final class IngestRunHistory {
  static final String FILE = "ingest-runs.json";
  static final String INTERRUPTED = "the server stopped while this run was going";
  private static final Logger log = LoggerFactory.getLogger(IngestRunHistory.class);

  private final Path file;
  private final ObjectMapper json;
  private final int keep;
  private final Map<String, IngestRunView> runs = new LinkedHashMap<>();

  /**
   * Loads the runs saved in {@code dataDir}. An unreadable file is moved aside (and logged) rather
   * than stopping the server: the history is a record, not data the graph depends on.
   */
  IngestRunHistory(Path dataDir, ObjectMapper json, int keep) {
    this.file = dataDir.resolve(FILE);
    this.json = json;
    this.keep = keep;
    if (Files.exists(file)) {
      try {
        List<IngestRunView> saved = json.readValue(file.toFile(), new TypeReference<>() {});
        saved.forEach(r -> runs.put(r.id(), finishedOrInterrupted(r)));
      } catch (IOException | RuntimeException e) {
        Path aside = dataDir.resolve(FILE + ".unreadable-" + Instant.now().toEpochMilli());
        log.warn(
            "ingest run history {} cannot be read ({}); moved to {} and started empty",
            file,
            e.getMessage(),
            aside);
        try {
          Files.move(file, aside);
        } catch (IOException moveFailed) {
          throw new UncheckedIOException(
              "cannot move the unreadable " + file + " aside", moveFailed);
        }
      }
    }
  }

  /** Saved runs, oldest first. */
  synchronized List<IngestRunView> runs() {
    return List.copyOf(runs.values());
  }

  /** Adds or updates a run and rewrites the file (atomically where the file system can). */
  synchronized void save(IngestRunView run) {
    runs.remove(run.id());
    runs.put(run.id(), run);
    while (runs.size() > keep) {
      runs.remove(runs.keySet().iterator().next());
    }
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), FILE, ".tmp");
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the data directory's own ACL applies
      }
      json.writeValue(tmp.toFile(), new ArrayList<>(runs.values()));
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // the run itself went as it went; only its record is missing after a restart
      log.warn("cannot save ingest run {} to {}: {}", run.id(), file, e.getMessage());
    }
  }

  private static IngestRunView finishedOrInterrupted(IngestRunView r) {
    if (r.finishedAt() != null) {
      return r;
    }
    return new IngestRunView(
        r.id(),
        r.source(),
        IngestRun.State.FAILED.name(),
        r.phase(),
        r.accountsDone(),
        r.accountsTotal(),
        r.startedAt(),
        null,
        r.accounts(),
        r.problems(),
        INTERRUPTED);
  }
}
