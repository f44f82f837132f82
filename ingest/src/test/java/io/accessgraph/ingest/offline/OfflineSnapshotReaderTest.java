package io.accessgraph.ingest.offline;

import static io.accessgraph.ingest.offline.Fixtures.APP;
import static io.accessgraph.ingest.offline.Fixtures.DEPLOY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineSnapshotReaderTest {
  private final OfflineSnapshotReader reader = new OfflineSnapshotReader();
  private final Path cli = Fixtures.dir("cli");

  @Test
  void readsAWholeDirectoryOfCliOutputs() {
    Snapshot s = reader.read(cli);

    assertThat(s.problems()).isEmpty();
    assertThat(s.accounts().keySet())
        .as("999999999999 is only in org.json")
        .containsExactly(APP, DEPLOY);
    AccountSnapshot app = s.accounts().get(APP);
    assertThat(app.users()).hasSize(2);
    assertThat(app.groups()).hasSize(1);
    assertThat(app.roles()).hasSize(2);
    assertThat(app.policies()).hasSize(2);
    assertThat(app.instanceProfiles()).hasSize(1);
    assertThat(app.instances()).hasSize(3);
    assertThat(app.identityProviders()).hasSize(3);
    assertThat(s.accounts().get(DEPLOY).roles()).hasSize(1);
    assertThat(s.organization()).isPresent();
  }

  @Test
  void entitiesComeOutSortedByArn() {
    AccountSnapshot app = reader.read(cli).accounts().get(APP);
    assertThat(app.users()).extracting(u -> u.arn()).isSorted();
    assertThat(app.roles()).extracting(r -> r.arn()).isSorted();
    assertThat(app.instances()).extracting(i -> i.arn()).isSorted();
  }

  @Test
  void rereadingGivesAnEqualSnapshotWhateverTheFileOrder() throws Exception {
    List<InputFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(cli)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.add(new InputFile(cli.relativize(p).toString(), Files.readAllBytes(p)));
      }
    }
    Snapshot fromDir = reader.read(cli);
    Collections.shuffle(files, new java.util.Random(7));
    Snapshot shuffled = reader.read(files);
    Collections.reverse(files);
    Snapshot reversed = reader.read(files);

    assertThat(shuffled).isEqualTo(fromDir);
    assertThat(reversed).isEqualTo(fromDir);
    assertThat(reader.read(cli)).isEqualTo(fromDir);
  }

  @Test
  void theSameEntityInTwoFilesIsHarmlessWhenIdentical() {
    Snapshot s =
        Fixtures.read(
            Fixtures.file("cli/deploy/iam.json"),
            new InputFile("copy.json", Fixtures.file("cli/deploy/iam.json").content()));
    assertThat(s.problems()).isEmpty();
    assertThat(s.accounts().get(DEPLOY).roles()).hasSize(1);
  }

  @Test
  void theSameEntityWithDifferentContentIsReported() {
    String later =
        new String(Fixtures.file("cli/deploy/iam.json").content())
            .replace("\"platform\"", "\"someone-else\"");
    Snapshot s =
        Fixtures.read(Fixtures.file("cli/deploy/iam.json"), Fixtures.json("z.json", later));
    assertThat(s.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo("z.json");
              assertThat(p.entity()).isEqualTo("arn:aws:iam::222222222222:role/deployer");
              assertThat(p.message()).contains("appears in more than one file");
            });
    assertThat(s.accounts().get(DEPLOY).roles().get(0).tags())
        .containsEntry("owner", "someone-else");
  }

  @Test
  void anEmptyDirectoryGivesAnEmptySnapshot(@TempDir Path dir) {
    Snapshot s = reader.read(dir);
    assertThat(s.isEmpty()).isTrue();
    assertThat(s.problems()).isEmpty();
  }

  @Test
  void sideFilesAndHiddenFilesAreSkipped(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("_expected.json"), "{\"planted\": []}");
    Files.writeString(dir.resolve("_collect-summary.json"), "not even json");
    Files.writeString(dir.resolve(".DS_Store"), "binary");

    Snapshot s = reader.read(dir);

    assertThat(s.isEmpty()).isTrue();
    assertThat(s.problems()).isEmpty();
  }

  @Test
  void aMissingDirectoryIsTheOnlyThingThatThrows(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("nope");
    assertThatThrownBy(() -> reader.read(missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("input directory " + missing.toAbsolutePath() + " does not exist");
    Path file = Files.writeString(dir.resolve("file.json"), "{}");
    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a directory");
  }

  @Test
  void inputFileOfReadsAPath(@TempDir Path dir) throws Exception {
    Path p = Files.writeString(dir.resolve("x.json"), "{}");
    InputFile f = InputFile.of(p);
    assertThat(f.name()).isEqualTo(p.toString());
    assertThat(f).isEqualTo(new InputFile(p.toString(), "{}".getBytes()));
  }
}
