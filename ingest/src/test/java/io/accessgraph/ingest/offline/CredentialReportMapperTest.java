package io.accessgraph.ingest.offline;

import static io.accessgraph.ingest.offline.Fixtures.APP;
import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.model.iam.AccessKey;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.snapshot.Snapshot;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CredentialReportMapperTest {
  private static final String ALICE = "arn:aws:iam::111111111111:user/alice";
  private static final String CI_BOT = "arn:aws:iam::111111111111:user/machine/ci-bot";

  private static User user(Snapshot s, String arn) {
    return s.accounts().get(APP).users().stream()
        .filter(u -> u.arn().equals(arn))
        .findFirst()
        .orElseThrow();
  }

  private static InputFile report(String name, String csv) {
    String content = Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8));
    return Fixtures.json(
        name,
        "{\"Content\": \""
            + content
            + "\", \"ReportFormat\": \"text/csv\","
            + " \"GeneratedTime\": \"2025-01-01T00:00:00+00:00\"}");
  }

  @Test
  void setsMfaAndPasswordAndSkipsTheRootRow() {
    Snapshot s =
        Fixtures.readFixtures(
            "cli/app/credential-report.json", "cli/app/authorization-details.json");
    assertThat(s.problems()).isEmpty();
    User alice = user(s, ALICE);
    assertThat(alice.mfaActive()).isTrue();
    assertThat(alice.passwordEnabled()).isTrue();
    assertThat(alice.accessKeys()).isEmpty();
    User bot = user(s, CI_BOT);
    assertThat(bot.mfaActive()).isFalse();
    assertThat(bot.passwordEnabled()).isFalse();
    assertThat(s.accounts().get(APP).users()).hasSize(2);
  }

  @Test
  void withoutListAccessKeysTheSlotsBecomeSyntheticKeys() {
    Snapshot s =
        Fixtures.readFixtures(
            "cli/app/credential-report.json", "cli/app/authorization-details.json");
    assertThat(user(s, CI_BOT).accessKeys())
        .containsExactly(
            new AccessKey(
                "key-1", "Active", "2019-07-01T08:05:00+00:00", "2024-12-24T23:00:00+00:00"),
            new AccessKey("key-2", "Inactive", "2020-02-02T02:02:02+00:00", null));
  }

  @Test
  void realKeysFromListAccessKeysGetTheirLastUsedDate() {
    Snapshot s =
        Fixtures.readFixtures(
            "cli/app/credential-report.json",
            "cli/app/authorization-details.json",
            "cli/app/access-keys-ci-bot.json");
    assertThat(s.problems()).isEmpty();
    assertThat(user(s, CI_BOT).accessKeys())
        .containsExactly(
            new AccessKey("AKIAI44QH8DHBEXAMPLE", "Inactive", "2020-02-02T02:02:02+00:00", null),
            new AccessKey(
                "AKIAIOSFODNN7EXAMPLE",
                "Active",
                "2019-07-01T08:05:00+00:00",
                "2024-12-24T23:00:00+00:00"));
  }

  @Test
  void aReportForAnAccountWithoutAuthorizationDetailsIsReported() {
    Snapshot s = Fixtures.readFixtures("cli/app/credential-report.json");
    assertThat(s.accounts()).isEmpty();
    assertThat(s.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo("cli/app/credential-report.json");
              assertThat(p.message())
                  .contains("account 111111111111")
                  .contains("no get-account-authorization-details output");
            });
  }

  @Test
  void aUserMissingFromTheAuthorizationDetailsIsReported() {
    Snapshot s =
        Fixtures.read(
            Fixtures.file("cli/app/authorization-details.json"),
            report(
                "report.json",
                "user,arn,password_enabled,mfa_active\n"
                    + "newcomer,arn:aws:iam::111111111111:user/newcomer,true,false\n"
                    + "alice,arn:aws:iam::111111111111:user/alice,false,true\n"));
    assertThat(user(s, ALICE).passwordEnabled()).isFalse();
    assertThat(s.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.entity()).isEqualTo("arn:aws:iam::111111111111:user/newcomer");
              assertThat(p.message()).contains("not in the account's authorization details");
            });
  }

  @Test
  void contentThatIsNotBase64IsReported() {
    Snapshot s =
        Fixtures.read(
            Fixtures.file("cli/app/authorization-details.json"),
            Fixtures.json(
                "report.json",
                "{\"Content\": \"%%% not base64\", \"ReportFormat\": \"text/csv\"}"));
    assertThat(s.accounts().get(APP).users()).hasSize(2);
    assertThat(s.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo("report.json");
              assertThat(p.message())
                  .startsWith(
                      "aws iam get-credential-report output has Content that is not base64");
            });
  }
}
