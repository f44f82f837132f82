package io.accessgraph.api.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestRunHistoryTest {
  private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

  @TempDir Path dataDir;

  @Test
  void aRestartedServerListsTheRunsOfTheLastOneWithTheirAccounts() {
    IngestRunHistory first = new IngestRunHistory(dataDir, JSON, 10);
    IngestRunView done = run("r1", Instant.parse("2026-11-21T10:00:00Z"), "SUCCEEDED", true);
    first.save(done);

    List<IngestRunView> after = new IngestRunHistory(dataDir, JSON, 10).runs();

    assertThat(after).containsExactly(done);
    assertThat(after.get(0).accounts().get(0).account()).isEqualTo("111122223333");
  }

  @Test
  void aRunStillGoingWhenTheServerStoppedIsShownAsFailed() {
    new IngestRunHistory(dataDir, JSON, 10)
        .save(run("r1", Instant.parse("2026-11-21T10:00:00Z"), "RUNNING", false));

    IngestRunView reloaded = new IngestRunHistory(dataDir, JSON, 10).runs().get(0);

    assertThat(reloaded.state()).isEqualTo("FAILED");
    assertThat(reloaded.error()).isEqualTo(IngestRunHistory.INTERRUPTED);
    assertThat(reloaded.accounts()).hasSize(1);
  }

  @Test
  void keepsTheLastRunsOnlyAndAnUpdateReplacesItsRun() {
    IngestRunHistory history = new IngestRunHistory(dataDir, JSON, 2);
    Instant t = Instant.parse("2026-11-21T10:00:00Z");
    history.save(run("r1", t, "SUCCEEDED", true));
    history.save(run("r2", t.plusSeconds(60), "RUNNING", false));
    history.save(run("r2", t.plusSeconds(60), "SUCCEEDED", true));
    history.save(run("r3", t.plusSeconds(120), "SUCCEEDED", true));

    assertThat(new IngestRunHistory(dataDir, JSON, 2).runs())
        .extracting(IngestRunView::id, IngestRunView::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("r2", "SUCCEEDED"),
            org.assertj.core.groups.Tuple.tuple("r3", "SUCCEEDED"));
  }

  @Test
  void onlyTheOwnerMayReadTheFile() throws Exception {
    new IngestRunHistory(dataDir, JSON, 10)
        .save(run("r1", Instant.parse("2026-11-21T10:00:00Z"), "SUCCEEDED", true));

    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dataDir.resolve(IngestRunHistory.FILE))))
        .isEqualTo("rw-------");
  }

  @Test
  void anUnreadableFileIsMovedAsideAndTheServerStartsWithAnEmptyHistory() throws Exception {
    Files.writeString(dataDir.resolve(IngestRunHistory.FILE), "{not json");

    IngestRunHistory history = new IngestRunHistory(dataDir, JSON, 10);

    assertThat(history.runs()).isEmpty();
    try (var files = Files.list(dataDir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .singleElement()
          .satisfies(name -> assertThat(name).startsWith(IngestRunHistory.FILE + ".unreadable-"));
    }
  }

  private static IngestRunView run(String id, Instant started, String state, boolean finished) {
    return new IngestRunView(
        id,
        "offline /data/org",
        state,
        finished ? "done" : "storing",
        1,
        2,
        started,
        finished ? started.plusSeconds(30) : null,
        List.of(new AccountOutcome("111122223333", null, true, 3, 4, 1, 2, 0, null)),
        List.of(),
        null);
  }
}
