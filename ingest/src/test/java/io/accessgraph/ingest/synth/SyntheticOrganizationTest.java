package io.accessgraph.ingest.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticOrganizationTest {
  @TempDir Path tmp;

  @Test
  void theSameSeedGivesTheSameBytes() throws IOException {
    SynthOptions options = new SynthOptions(4, 30, 42);
    SyntheticOrganization.write(options, tmp.resolve("a"));
    SyntheticOrganization.write(options, tmp.resolve("b"));
    List<String> names = names(tmp.resolve("a"));
    assertThat(names(tmp.resolve("b"))).isEqualTo(names);
    for (String name : names) {
      assertThat(Files.readAllBytes(tmp.resolve("b").resolve(name)))
          .as(name)
          .isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(name)));
    }
  }

  @Test
  void anotherSeedGivesOtherContentUnderTheSameFileNames() throws IOException {
    SyntheticOrganization.write(new SynthOptions(3, 20, 1), tmp.resolve("a"));
    SyntheticOrganization.write(new SynthOptions(3, 20, 2), tmp.resolve("b"));
    assertThat(names(tmp.resolve("b"))).isEqualTo(names(tmp.resolve("a")));
    for (String name : List.of("org.json", "100000000000-iam.json", "_expected.json")) {
      assertThat(Files.readAllBytes(tmp.resolve("b").resolve(name)))
          .as(name)
          .isNotEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(name)));
    }
  }

  @Test
  void anAccountComesOutTheSameWhateverTheOrganizationsSize() throws IOException {
    SyntheticOrganization.write(new SynthOptions(5, 20, 9), tmp.resolve("small"));
    SyntheticOrganization.write(new SynthOptions(8, 20, 9), tmp.resolve("large"));
    // Account 4 neither hosts nor receives plants in either organization.
    String file = OrgLayout.accountId(4) + "-iam.json";
    assertThat(Files.readAllBytes(tmp.resolve("large").resolve(file)))
        .isEqualTo(Files.readAllBytes(tmp.resolve("small").resolve(file)));
  }

  @Test
  void resultCountsWhatWasWritten() throws IOException {
    Path out = tmp.resolve("out");
    SynthResult result = SyntheticOrganization.write(new SynthOptions(3, 20, 5), out);
    List<String> names = names(out);
    // Per account: iam, three regions of ec2, access keys, SAML providers; plus org and expected.
    assertThat(names).hasSize(3 * 6 + 2);
    assertThat(result.accounts()).isEqualTo(3);
    assertThat(result.principals()).isEqualTo(60);
    assertThat(result.files()).isEqualTo(names.size());
    long bytes = 0;
    for (String name : names) {
      bytes += Files.size(out.resolve(name));
    }
    assertThat(result.bytes()).isEqualTo(bytes);
    assertThat(result.expectedAnswers()).isEqualTo(out.resolve("_expected.json")).exists();
    assertThat(names)
        .contains(
            "org.json",
            "100000000000-iam.json",
            "100000007919-ec2-eu-west-1.json",
            "100000015838-access-keys.json",
            "100000015838-saml-providers.json");
  }

  @Test
  void refusesANonEmptyDirectory() throws IOException {
    Files.writeString(tmp.resolve("old.json"), "{}");
    assertThatThrownBy(() -> SyntheticOrganization.write(new SynthOptions(3, 20, 1), tmp))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not empty")
        .hasMessageContaining(tmp.toAbsolutePath().toString());
  }

  @Test
  void refusesAFileAsOutput() throws IOException {
    Path file = Files.writeString(tmp.resolve("file"), "x");
    assertThatThrownBy(() -> SyntheticOrganization.write(new SynthOptions(3, 20, 1), file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is a file");
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
