package io.accessgraph.ingest.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.accessgraph.model.iam.InlinePolicy;
import io.accessgraph.model.iam.ManagedPolicy;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.policy.PolicyDocument;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.IngestProblem;
import io.accessgraph.model.snapshot.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input becomes a problem naming file and entity; the rest is still read. */
class BadInputTest {
  private static final String GOOD = "cli/deploy/iam.json";

  private static IngestProblem onlyProblem(Snapshot s) {
    assertThat(s.problems()).hasSize(1);
    return s.problems().get(0);
  }

  @Test
  void malformedJsonNamesTheFileAndWhere() {
    Snapshot s = Fixtures.readFixtures("bad/malformed.json", GOOD);
    IngestProblem p = onlyProblem(s);
    assertThat(p.source()).isEqualTo("bad/malformed.json");
    assertThat(p.entity()).isNull();
    assertThat(p.message()).startsWith("not valid JSON at line 5, column");
    assertThat(s.accounts()).containsOnlyKeys(Fixtures.DEPLOY);
  }

  @Test
  void truncatedJsonIsCalledTruncated() {
    Snapshot s = Fixtures.readFixtures("bad/truncated.json", GOOD);
    IngestProblem p = onlyProblem(s);
    assertThat(p.source()).isEqualTo("bad/truncated.json");
    assertThat(p.message()).startsWith("the JSON is truncated").contains("cut off");
    assertThat(s.accounts()).containsOnlyKeys(Fixtures.DEPLOY);
  }

  @Test
  void trailingGarbageAfterTheJsonIsAnError() {
    Snapshot s = Fixtures.read(Fixtures.json("two.json", "{\"Reservations\": []} {}"));
    assertThat(onlyProblem(s).message()).startsWith("not valid JSON");
  }

  @Test
  void emptyAndBinaryFilesAreReported() {
    Snapshot s =
        Fixtures.read(
            new InputFile("empty.json", new byte[0]),
            new InputFile("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}));
    assertThat(s.problems())
        .extracting(IngestProblem::source, IngestProblem::entity)
        .containsExactly(tuple("empty.json", null), tuple("image.png", null));
    assertThat(s.problems().get(0).message())
        .isEqualTo("the file is empty; expected AWS CLI JSON output");
    assertThat(s.problems().get(1).message()).startsWith("not valid JSON");
  }

  @Test
  void unrecognisedFileIsReportedAndTheRestRead() {
    Snapshot s = Fixtures.readFixtures("bad/unrecognised.json", GOOD);
    IngestProblem p = onlyProblem(s);
    assertThat(p.source()).isEqualTo("bad/unrecognised.json");
    assertThat(p.message()).startsWith("unrecognised file (expected one of: ");
    assertThat(s.accounts()).containsOnlyKeys(Fixtures.DEPLOY);
  }

  @Test
  void aListWhereAnArrayBelongsLeavesOutThatFileOnly() {
    Snapshot s = Fixtures.read(Fixtures.json("odd.json", "{\"UserDetailList\": {\"a\": 1}}"));
    assertThat(onlyProblem(s).message())
        .isEqualTo(
            "aws iam get-account-authorization-details output has UserDetailList that is not a"
                + " JSON array; the rest of the file was left out");
  }

  private static final String BAD_POLICIES = "bad/bad-policies.json";
  private static final String ACCOUNT = "444444444444";

  private static AccountSnapshot badPoliciesAccount() {
    return Fixtures.readFixtures(BAD_POLICIES).accounts().get(ACCOUNT);
  }

  private static Role role(AccountSnapshot a, String name) {
    return a.roles().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }

  private static IngestProblem problemAbout(String entity) {
    return Fixtures.readFixtures(BAD_POLICIES).problems().stream()
        .filter(p -> entity.equals(p.entity()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no problem about " + entity));
  }

  @Test
  void anInlinePolicyWithABadEffectIsLeftOutAndTheRoleKept() {
    IngestProblem p = problemAbout("arn:aws:iam::444444444444:role/typo");
    assertThat(p.source()).isEqualTo(BAD_POLICIES);
    assertThat(p.message())
        .isEqualTo(
            "role arn:aws:iam::444444444444:role/typo: inline policy 'p': statement 0 has Effect"
                + " 'Alow', expected Allow or Deny; the policy was left out, so what it allows or"
                + " denies is not shown");
    Role typo = role(badPoliciesAccount(), "typo");
    assertThat(typo.inlinePolicies()).extracting(InlinePolicy::name).containsExactly("fine");
    assertThat(typo.trustPolicy().statements()).hasSize(1);
  }

  @Test
  void aTrustPolicyThatDoesNotParseLeavesTheRoleWithAnEmptyOne() {
    IngestProblem p = problemAbout("arn:aws:iam::444444444444:role/broken-trust");
    assertThat(p.message())
        .startsWith(
            "role arn:aws:iam::444444444444:role/broken-trust: trust policy"
                + " (AssumeRolePolicyDocument): policy document is not valid JSON")
        .endsWith("nobody is shown as able to assume it");
    Role broken = role(badPoliciesAccount(), "broken-trust");
    assertThat(broken.trustPolicy()).isEqualTo(PolicyDocument.empty());
    assertThat(broken.attachedPolicyArns())
        .containsExactly("arn:aws:iam::aws:policy/ReadOnlyAccess");
  }

  @Test
  void aBadDefaultVersionTakesTheManagedPolicyWithIt() {
    IngestProblem p = problemAbout("arn:aws:iam::444444444444:policy/BadDefault");
    assertThat(p.message())
        .isEqualTo(
            "managed policy arn:aws:iam::444444444444:policy/BadDefault: version v1: statement 0"
                + " has neither Action nor NotAction; this is the default version, so the whole"
                + " policy was left out and grants or denies nothing here");
    assertThat(badPoliciesAccount().policies())
        .extracting(ManagedPolicy::name)
        .containsExactly("BadOldVersion");
  }

  @Test
  void aBadNonDefaultVersionIsLeftOutAlone() {
    IngestProblem p = problemAbout("arn:aws:iam::444444444444:policy/BadOldVersion");
    assertThat(p.message()).contains("version v1: policy document is not valid JSON");
    ManagedPolicy kept = badPoliciesAccount().policies().get(0);
    assertThat(kept.versions()).extracting(v -> v.versionId()).containsExactly("v2");
    assertThat(kept.document().statements().get(0).actions())
        .containsExactly("ec2:DescribeInstances");
  }

  @Test
  void entitiesMissingRequiredFieldsAreNamedByWhatTheyHave() {
    IngestProblem noName = problemAbout("arn:aws:iam::444444444444:user/no-name");
    assertThat(noName.message())
        .isEqualTo(
            "user arn:aws:iam::444444444444:user/no-name has no UserName; this user was left out");
    IngestProblem noArn = problemAbout("no-arn");
    assertThat(noArn.message()).isEqualTo("user 'no-arn' has no Arn; this user was left out");
    assertThat(badPoliciesAccount().users()).extracting(User::name).containsExactly("bob");
  }

  @Test
  void theBadPoliciesFileHasExactlyTheProblemsItDeserves() {
    assertThat(Fixtures.readFixtures(BAD_POLICIES).problems())
        .extracting(IngestProblem::entity)
        .containsExactlyInAnyOrder(
            "arn:aws:iam::444444444444:user/no-name",
            "no-arn",
            "arn:aws:iam::444444444444:role/typo",
            "arn:aws:iam::444444444444:role/broken-trust",
            "arn:aws:iam::444444444444:policy/BadDefault",
            "arn:aws:iam::444444444444:policy/BadOldVersion");
  }

  @Test
  void problemsFromADirectoryNameFilesRelativeToIt(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("prod/us-east-1"));
    Files.writeString(dir.resolve("prod/us-east-1/ec2.json"), "{\"Reservations\": [");
    Files.write(dir.resolve("iam.json"), Fixtures.file(GOOD).content());

    Snapshot s = new OfflineSnapshotReader().read(dir);

    assertThat(onlyProblem(s).source()).isEqualTo("prod/us-east-1/ec2.json");
    assertThat(s.accounts()).containsOnlyKeys(Fixtures.DEPLOY);
  }
}
