package io.accessgraph.ingest.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.accessgraph.ingest.demo.DemoOrganization;
import io.accessgraph.ingest.synth.SynthOptions;
import io.accessgraph.ingest.synth.SyntheticOrganization;
import io.accessgraph.model.snapshot.IngestProblem;
import io.accessgraph.model.snapshot.Snapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The directory reader streams files from disk one at a time; it must give the same snapshot as the
 * reader of files held in memory, problems and their order included.
 */
class DirectoryReaderTest {
  private final OfflineSnapshotReader reader = new OfflineSnapshotReader();

  /** The directory's data files in memory, named as the directory reader names them. */
  private static List<InputFile> inMemory(Path dir) throws IOException {
    List<InputFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String name = p.getFileName().toString();
        if (!name.startsWith("_") && !name.startsWith(".")) {
          files.add(new InputFile(dir.relativize(p).toString(), Files.readAllBytes(p)));
        }
      }
    }
    return files;
  }

  private static void write(Path dir, InputFile file) throws IOException {
    Path target = dir.resolve(file.name());
    Files.createDirectories(target.getParent());
    Files.write(target, file.content());
  }

  private static void copyFixtures(Path dir, String folder) throws IOException {
    Path from = Fixtures.dir(folder);
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        write(dir, new InputFile(folder + "/" + from.relativize(p), Files.readAllBytes(p)));
      }
    }
  }

  @Test
  void aRealisticOrganizationReadsTheSameFromDiskAsFromMemory(@TempDir Path dir)
      throws IOException {
    SyntheticOrganization.write(new SynthOptions(4, 40, 11), dir.resolve("synth"));
    for (InputFile demo : DemoOrganization.files()) {
      write(dir, new InputFile("demo/" + demo.name(), demo.content()));
    }
    copyFixtures(dir, "cli");
    copyFixtures(dir, "resources");
    copyFixtures(dir, "bad");

    Snapshot fromDisk = reader.read(dir);
    Snapshot fromMemory = reader.read(inMemory(dir));

    assertThat(fromDisk).isEqualTo(fromMemory);
    assertThat(fromDisk.problems()).containsExactlyElementsOf(fromMemory.problems());
    assertThat(fromDisk.accounts()).hasSizeGreaterThan(4 + 5);
    assertThat(fromDisk.organization()).isPresent();
    assertThat(fromDisk.accounts().values())
        .as("users from authorization details, keys from credential reports and access keys")
        .anySatisfy(
            a -> assertThat(a.users()).anySatisfy(u -> assertThat(u.accessKeys()).isNotEmpty()));
    assertThat(fromDisk.problems())
        .extracting(IngestProblem::source)
        .contains("bad/malformed.json", "bad/truncated.json", "bad/unrecognised.json");
  }

  @Test
  void aMalformedAndAnUnrecognisedFileGiveOneProblemEachAndTheRestIsRead(@TempDir Path dir)
      throws IOException {
    copyFixtures(dir, "cli");
    Snapshot good = reader.read(dir);
    write(dir, Fixtures.file("bad/malformed.json"));
    write(dir, Fixtures.file("bad/unrecognised.json"));
    Files.writeString(dir.resolve("cli/app/z-trailing.json"), "{\"Reservations\": []} {}");

    Snapshot s = reader.read(dir);

    assertThat(s.problems())
        .extracting(IngestProblem::source, IngestProblem::entity)
        .containsExactly(
            tuple("bad/malformed.json", null),
            tuple("bad/unrecognised.json", null),
            tuple("cli/app/z-trailing.json", null));
    assertThat(s.problems().get(0).message()).startsWith("not valid JSON at line 5, column");
    assertThat(s.problems().get(1).message()).startsWith("unrecognised file (expected one of: ");
    assertThat(s.problems().get(2).message())
        .startsWith("not valid JSON")
        .contains("Trailing token");
    assertThat(s.accounts()).isEqualTo(good.accounts());
    assertThat(s.organization()).isEqualTo(good.organization());
  }

  @Test
  void problemsKeepTheirOrderFileByNameThenMapperProblemsByKind(@TempDir Path dir)
      throws IOException {
    // A credential report is applied after the authorization details, whatever the names say;
    // its problem comes after the unrecognised file's even though its name sorts first.
    String report =
        "{\"Content\": \""
            + Base64.getEncoder()
                .encodeToString(
                    "user,arn\nghost,arn:aws:iam::222222222222:user/ghost\n"
                        .getBytes(StandardCharsets.UTF_8))
            + "\", \"ReportFormat\": \"text/csv\"}";
    Files.writeString(dir.resolve("a-report.json"), report);
    Files.writeString(dir.resolve("b-unknown.json"), "{\"Buckets\": []}");
    write(dir, new InputFile("c-iam.json", Fixtures.file("cli/deploy/iam.json").content()));

    Snapshot s = reader.read(dir);

    assertThat(s.problems())
        .extracting(IngestProblem::source)
        .containsExactly("b-unknown.json", "a-report.json");
    assertThat(s.problems().get(1).message()).contains("ghost").contains("not in the account");
    assertThat(s).isEqualTo(reader.read(inMemory(dir)));
  }
}
