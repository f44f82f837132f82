package io.accessgraph.ingest.offline;

import static io.accessgraph.ingest.offline.Fixtures.APP;
import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.model.iam.AccessKey;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

class AccessKeysMapperTest {
  private static final String CI_BOT = "arn:aws:iam::111111111111:user/machine/ci-bot";

  /** Two accounts that both have a user called "deployer". */
  private static InputFile twoDeployers(String name, String account) {
    return Fixtures.json(
        name,
        """
        {"UserDetailList": [{"UserName": "deployer", "Arn": "arn:aws:iam::%s:user/deployer"}]}
        """
            .formatted(account));
  }

  private static User user(Snapshot s, String account, String arn) {
    return s.accounts().get(account).users().stream()
        .filter(u -> u.arn().equals(arn))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void keysAttachToTheUserOfThatName() {
    Snapshot s =
        Fixtures.readFixtures(
            "cli/app/access-keys-ci-bot.json", "cli/app/authorization-details.json");
    assertThat(s.problems()).isEmpty();
    assertThat(user(s, APP, CI_BOT).accessKeys())
        .containsExactly(
            new AccessKey("AKIAI44QH8DHBEXAMPLE", "Inactive", "2020-02-02T02:02:02+00:00", null),
            new AccessKey("AKIAIOSFODNN7EXAMPLE", "Active", "2019-07-01T08:05:00+00:00", null));
  }

  @Test
  void aScriptBundleOfSeveralOutputsInOneArray() {
    Snapshot s =
        Fixtures.read(
            Fixtures.file("cli/app/authorization-details.json"),
            Fixtures.json(
                "keys.json",
                """
                [{"AccessKeyMetadata": [{"UserName": "alice", "AccessKeyId": "AKIAALICE",
                   "Status": "Active", "CreateDate": "2022-01-01T00:00:00+00:00"}]},
                 {"AccessKeyMetadata": [{"UserName": "ci-bot", "AccessKeyId": "AKIACIBOT",
                   "Status": "Active", "CreateDate": "2022-01-01T00:00:00+00:00"}]}]
                """));
    assertThat(s.problems()).isEmpty();
    assertThat(user(s, APP, "arn:aws:iam::111111111111:user/alice").accessKeys())
        .extracting(AccessKey::accessKeyId)
        .containsExactly("AKIAALICE");
    assertThat(user(s, APP, CI_BOT).accessKeys())
        .extracting(AccessKey::accessKeyId)
        .containsExactly("AKIACIBOT");
  }

  @Test
  void aNameInTwoAccountsIsAmbiguousAndReported() {
    Snapshot s =
        Fixtures.read(
            twoDeployers("a.json", "111111111111"),
            twoDeployers("b.json", "222222222222"),
            Fixtures.json(
                "keys/deployer.json",
                """
                {"AccessKeyMetadata": [{"UserName": "deployer", "AccessKeyId": "AKIADEPLOYER",
                  "Status": "Active"}]}
                """));
    assertThat(user(s, APP, "arn:aws:iam::111111111111:user/deployer").accessKeys()).isEmpty();
    assertThat(user(s, "222222222222", "arn:aws:iam::222222222222:user/deployer").accessKeys())
        .isEmpty();
    assertThat(s.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo("keys/deployer.json");
              assertThat(p.entity()).isEqualTo("deployer");
              assertThat(p.message())
                  .contains("AKIADEPLOYER")
                  .contains("accounts 111111111111, 222222222222")
                  .contains("\"AccountId\"");
            });
  }

  @Test
  void anAccountIdWrapperResolvesTheAmbiguity() {
    Snapshot s =
        Fixtures.read(
            twoDeployers("a.json", "111111111111"),
            twoDeployers("b.json", "222222222222"),
            Fixtures.json(
                "keys.json",
                """
                {"AccountId": "222222222222",
                 "AccessKeyMetadata": [{"UserName": "deployer", "AccessKeyId": "AKIADEPLOYER",
                   "Status": "Active"}]}
                """));
    assertThat(s.problems()).isEmpty();
    assertThat(user(s, "222222222222", "arn:aws:iam::222222222222:user/deployer").accessKeys())
        .extracting(AccessKey::accessKeyId)
        .containsExactly("AKIADEPLOYER");
    assertThat(user(s, APP, "arn:aws:iam::111111111111:user/deployer").accessKeys()).isEmpty();
  }

  @Test
  void anUnknownUserIsReported() {
    Snapshot s =
        Fixtures.read(
            Fixtures.file("cli/deploy/iam.json"),
            Fixtures.json(
                "keys.json",
                """
                {"AccessKeyMetadata": [{"UserName": "ghost", "AccessKeyId": "AKIAGHOST"}]}
                """));
    assertThat(s.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.entity()).isEqualTo("ghost");
              assertThat(p.message()).contains("user 'ghost', who is in no ingested account");
            });
  }

  @Test
  void aKeyWithoutIdIsReportedAndTheOthersKept() {
    Snapshot s =
        Fixtures.read(
            Fixtures.file("cli/app/authorization-details.json"),
            Fixtures.json(
                "keys.json",
                """
                {"AccessKeyMetadata": [{"UserName": "ci-bot", "Status": "Active"},
                                       {"UserName": "ci-bot", "AccessKeyId": "AKIAOK"}]}
                """));
    assertThat(user(s, APP, CI_BOT).accessKeys())
        .extracting(AccessKey::accessKeyId)
        .containsExactly("AKIAOK");
    assertThat(s.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("has no AccessKeyId"));
  }
}
