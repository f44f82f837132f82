package io.accessgraph.ingest.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a synthetic AWS Organization in the offline input format, account by account, with planted
 * escalation paths and their expected answers in {@code _expected.json}.
 *
 * <p>Per account {@code ACCOUNT-iam.json} (get-account-authorization-details), {@code
 * ACCOUNT-ec2-REGION.json} (describe-instances) per region, {@code ACCOUNT-access-keys.json} and
 * {@code ACCOUNT-saml-providers.json}; once {@code org.json}.
 */
public final class SyntheticOrganization {
  private SyntheticOrganization() {}

  /**
   * Writes the organization into {@code outDir}, which is created if missing.
   *
   * @throws IllegalArgumentException when {@code outDir} is a file or a non-empty directory (files
   *     of an earlier run would mix into this one)
   */
  public static SynthResult write(SynthOptions options, Path outDir) throws IOException {
    checkOutput(outDir);
    Files.createDirectories(outDir);
    OrgLayout layout = new OrgLayout(options);
    JsonFiles files = new JsonFiles();
    new OrgWriter(layout, new OrgTree(layout)).write(files, outDir.resolve("org.json"));
    List<ExpectedCheck> checks = new ArrayList<>();
    long principals = 0;
    for (int i = 0; i < options.accounts(); i++) {
      AccountGenerator.Generated generated = AccountGenerator.generate(layout, i);
      AccountModel account = generated.account();
      String id = account.accountId;
      new IamWriter(account).write(files, outDir.resolve(id + "-iam.json"));
      for (String region : OrgLayout.REGIONS) {
        Ec2Writer.write(files, outDir.resolve(id + "-ec2-" + region + ".json"), account, region);
      }
      CredentialWriters.accessKeys(files, outDir.resolve(id + "-access-keys.json"), account);
      CredentialWriters.samlProviders(files, outDir.resolve(id + "-saml-providers.json"), account);
      principals += account.principals();
      checks.addAll(generated.checks());
    }
    Path expected = outDir.resolve(ExpectedWriter.FILE_NAME);
    ExpectedWriter.write(files, expected, options, checks);
    return new SynthResult(options.accounts(), principals, files.files(), files.bytes(), expected);
  }

  private static void checkOutput(Path outDir) throws IOException {
    if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
      throw new IllegalArgumentException(
          "output directory " + outDir.toAbsolutePath() + " is a file, not a directory");
    }
    if (Files.isDirectory(outDir)) {
      try (Stream<Path> entries = Files.list(outDir)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException(
              "output directory "
                  + outDir.toAbsolutePath()
                  + " is not empty; synth writes only into a new or empty directory so that"
                  + " files of an earlier run cannot mix into this one");
        }
      }
    }
  }
}
