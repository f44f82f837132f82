package io.accessgraph.ingest.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.accessgraph.ingest.demo.DemoOrganization;
import io.accessgraph.ingest.offline.InputClassifier.Classification;
import io.accessgraph.model.snapshot.IngestProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming classifier must judge every input exactly as parsing the whole tree and running
 * {@link InputDetector} on it does: same kind, same problem text.
 */
class InputClassifierTest {

  /** What the reader did before it streamed: parse the whole tree, then detect. */
  private static Classification byTree(InputFile file) {
    List<IngestProblem> problems = new ArrayList<>();
    Optional<JsonNode> root = JsonInput.parse(file, new FileProblems(file.name(), problems));
    InputSource source = InputSource.of(file);
    if (root.isEmpty()) {
      return new Classification(
          source, null, problems.stream().map(IngestProblem::message).toList(), false);
    }
    return InputDetector.detect(root.get())
        .map(kind -> new Classification(source, kind, List.of(), false))
        .orElseGet(
            () ->
                new Classification(
                    source, null, List.of(InputDetector.unrecognised(root.get())), false));
  }

  private static void assertJudgedAsByTree(InputFile file) {
    Classification streamed = InputClassifier.classify(InputSource.of(file));
    assertThat(streamed).as(file.name()).isEqualTo(byTree(file));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "[]",
        "null",
        "42",
        "\"text\"",
        "true",
        "{\"Reservations\": []}",
        "{\"x\": {\"Reservations\": []}}",
        "[{\"AccessKeyMetadata\": []}]",
        "[{\"AccessKeyMetadata\": []}, {\"AccessKeyMetadata\": [{\"UserName\": \"u\"}]}]",
        "[{\"AccessKeyMetadata\": []}, 1]",
        "[{\"AccessKeyMetadata\": []}, {\"Other\": 1}]",
        "[{\"x\": {\"AccessKeyMetadata\": []}}]",
        "[[{\"AccessKeyMetadata\": []}]]",
        "{\"Policies\": []}",
        "{\"Policies\": [{\"PolicyVersionList\": []}]}",
        "{\"Policies\": [{\"PolicyVersionList\": []}, 3]}",
        "{\"Policies\": [{\"PolicyVersionList\": []}, {\"PolicyName\": \"p\"}]}",
        "{\"Policies\": [{\"x\": {\"PolicyVersionList\": []}}]}",
        "{\"Policies\": {\"PolicyVersionList\": []}}",
        "{\"Policies\": [{\"PolicyVersionList\": []}], \"Policies\": []}",
        "{\"Policies\": [], \"Policies\": [{\"PolicyVersionList\": []}]}",
        "{\"projects\": [\"a\", \"b\"]}",
        "{\"projects\": []}",
        "{\"projects\": [{\"name\": \"a\"}]}",
        "{\"projects\": [{\"name\": \"a\"}], \"projects\": [\"a\"]}",
        "{\"projects\": [\"a\"], \"projects\": [{\"name\": \"a\"}]}",
        "{\"services\": [{}, \"x\"]}",
        "{\"services\": [{}]}",
        "{\"Jobs\": null}",
        "{\"Jobs\": [{\"Name\": \"j\"}]}",
        "{\"DevEndpoints\": 1}",
        "{\"Content\": \"eA==\", \"GeneratedTime\": \"t\"}",
        "{\"Content\": \"eA==\"}",
        "{\"UserName\": \"u\", \"AccessKeyLastUsed\": {\"Region\": \"N/A\"}}",
        "{\"Organization\": {\"Id\": \"o-1\"}}",
        "{\"organization\": null}",
        // Malformed: the problem must read exactly as the tree parser words it.
        "",
        "  \n\t ",
        "{\"a\": }",
        "{\"Reservations\": [}",
        "{\"Reservations\": [",
        "{\"Reservations\": []} {}",
        "{\"Reservations\": []} x",
        "{\"Reservations\": []}]",
        "{\"Reservations\": [\"\\q\"]}",
        "{\"Reservations\": [1 2]}",
        "{'Reservations': []}",
        "{\"Reservations\": [NaN]}"
      })
  void judgesLikeTheTreeParser(String json) {
    assertJudgedAsByTree(Fixtures.json("case.json", json));
  }

  @Test
  void valuesBeyondJacksonsLimitsAreProblemsAsInTheTree() {
    assertJudgedAsByTree(
        Fixtures.json("long-number.json", "{\"Reservations\": [" + "1".repeat(1500) + "]}"));
    assertJudgedAsByTree(
        Fixtures.json("deep.json", "{\"Reservations\": " + "[".repeat(1200) + "]".repeat(1200)));
    Classification longString =
        InputClassifier.classify(
            InputSource.of(
                Fixtures.json(
                    "long-string.json",
                    "{\"Reservations\": [\"" + "x".repeat(20_000_001) + "\"]}")));
    assertThat(longString.kind()).isNull();
    assertThat(longString.problems())
        .singleElement()
        .asString()
        .startsWith("not valid JSON")
        .contains("String value length");
  }

  @Test
  void encodingsAndBinariesAreJudgedAsByTheTree() {
    byte[] utf16 = "\uFEFF{\"Reservations\": []}".getBytes(StandardCharsets.UTF_16BE);
    assertJudgedAsByTree(new InputFile("utf16.json", utf16));
    assertThat(InputClassifier.classify(InputSource.of(new InputFile("utf16.json", utf16))).kind())
        .isEqualTo(InputKind.EC2_INSTANCES);
    assertJudgedAsByTree(
        new InputFile("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}));
    assertJudgedAsByTree(new InputFile("bad-utf8.json", new byte[] {'[', '"', (byte) 0xC3, '"'}));
  }

  static Stream<InputFile> realFiles() throws Exception {
    List<InputFile> files = new ArrayList<>(DemoOrganization.files());
    Path fixtures = Fixtures.dir("");
    try (Stream<Path> walk = Files.walk(fixtures)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        files.add(new InputFile(fixtures.relativize(p).toString(), Files.readAllBytes(p)));
      }
    }
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("realFiles")
  void judgesEveryFixtureAndDemoFileLikeTheTreeParser(InputFile file) {
    assertJudgedAsByTree(file);
  }

  /** An input that fails the test if the classifier reads it whole instead of streaming it. */
  private static InputSource streamOnly(InputFile file) {
    return new InputSource() {
      @Override
      public String name() {
        return file.name();
      }

      @Override
      public InputStream open() {
        return new ByteArrayInputStream(file.content());
      }

      @Override
      public InputFile load() {
        throw new AssertionError("loaded whole: " + file.name());
      }
    };
  }

  @Test
  void aWellFormedFileIsStreamedNeverLoadedWhole() {
    assertThat(InputClassifier.classify(streamOnly(Fixtures.file("cli/deploy/iam.json"))).kind())
        .isEqualTo(InputKind.AUTHORIZATION_DETAILS);
    assertThat(
            InputClassifier.classify(streamOnly(Fixtures.file("bad/unrecognised.json"))).problems())
        .singleElement()
        .asString()
        .startsWith("unrecognised file");
  }

  @Test
  void aFileThatCannotBeOpenedIsUnreadable() {
    InputSource gone = InputSource.of("gone.json", Path.of("/nonexistent/dir/gone.json"));
    Classification c = InputClassifier.classify(gone);
    assertThat(c.unreadable()).isTrue();
    assertThat(c.kind()).isNull();
    assertThat(c.problems())
        .singleElement()
        .asString()
        .startsWith("cannot read the file: java.nio.file.NoSuchFileException");
  }

  @Test
  void aFileOnDiskIsJudgedAsInMemory(@TempDir Path dir) throws IOException {
    Path p = Files.write(dir.resolve("x.json"), Fixtures.file("cli/org.json").content());
    assertThat(InputClassifier.classify(InputSource.of("x.json", p)).kind())
        .isEqualTo(InputKind.ORGANIZATION);
  }
}
