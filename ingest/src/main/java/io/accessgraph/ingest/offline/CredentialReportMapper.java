package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.databind.JsonNode;
import io.accessgraph.model.Arn;
import io.accessgraph.model.iam.AccessKey;
import io.accessgraph.model.iam.User;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Maps {@code aws iam get-credential-report}: a base64 CSV with one row per user. Sets MFA and
 * console-password facts and the access keys' last-used dates.
 *
 * <p>The report does not carry access key ids. When list-access-keys gave a user's real keys, each
 * report slot is matched to the real key created at the slot's {@code last_rotated} time. Otherwise
 * the slots become keys with the synthetic ids {@code key-1} / {@code key-2} (unique only within
 * the user), so that a user with long-lived keys is known to have them.
 */
final class CredentialReportMapper {
  static final String SYNTHETIC_PREFIX = "key-";
  private static final String ROOT_ROW = "<root_account>";

  private CredentialReportMapper() {}

  static boolean isSynthetic(AccessKey key) {
    return key.accessKeyId() != null && key.accessKeyId().matches("key-[12]");
  }

  static void map(JsonNode root, IngestRun run, FileProblems problems) {
    List<Map<String, String>> rows = Csv.read(decode(JsonFields.requiredText(root, "Content")));
    if (!rows.isEmpty() && !rows.get(0).containsKey("arn")) {
      throw new InputException(
          "has Content whose CSV has no arn column, so it is not a credential report");
    }
    Optional<AccountData> account = accountOf(rows, run, problems);
    if (account.isEmpty()) {
      return;
    }
    for (Map<String, String> row : rows) {
      String arn = row.get("arn");
      if (ROOT_ROW.equals(row.get("user")) || arn == null) {
        continue;
      }
      Optional<User> user = account.get().user(arn);
      if (user.isEmpty()) {
        problems.add(
            arn,
            "user "
                + arn
                + " is in the credential report but not in the account's authorization details"
                + " (created since?); its credentials were left out");
        continue;
      }
      account.get().replaceUser(withReport(user.get(), row));
    }
  }

  static User withReport(User user, Map<String, String> row) {
    List<AccessKey> keys = new ArrayList<>(user.accessKeys());
    boolean haveRealKeys = keys.stream().anyMatch(k -> !isSynthetic(k));
    for (int slot = 1; slot <= 2; slot++) {
      String prefix = "access_key_" + slot + "_";
      Boolean active = bool(row.get(prefix + "active"));
      String created = value(row.get(prefix + "last_rotated"));
      String lastUsed = value(row.get(prefix + "last_used_date"));
      if (!Boolean.TRUE.equals(active) && created == null) {
        continue; // no key in this slot
      }
      if (haveRealKeys) {
        for (int i = 0; i < keys.size(); i++) {
          AccessKey k = keys.get(i);
          if (sameInstant(k.createDate(), created)) {
            keys.set(i, new AccessKey(k.accessKeyId(), k.status(), k.createDate(), lastUsed));
          }
        }
      } else {
        String id = SYNTHETIC_PREFIX + slot;
        keys.removeIf(k -> id.equals(k.accessKeyId()));
        keys.add(
            new AccessKey(
                id, Boolean.TRUE.equals(active) ? "Active" : "Inactive", created, lastUsed));
      }
    }
    keys.sort(Comparator.comparing(AccessKey::accessKeyId));
    return user.withCredentials(
        keys, bool(row.get("mfa_active")), bool(row.get("password_enabled")));
  }

  private static String decode(String content) {
    try {
      return new String(Base64.getMimeDecoder().decode(content), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InputException("has Content that is not base64: " + e.getMessage());
    }
  }

  private static Optional<AccountData> accountOf(
      List<Map<String, String>> rows, IngestRun run, FileProblems problems) {
    TreeSet<String> accounts = new TreeSet<>();
    for (Map<String, String> row : rows) {
      Arn arn = Arn.tryParse(row.get("arn"));
      if (arn != null) {
        accounts.add(arn.account());
      }
    }
    if (accounts.size() != 1) {
      problems.file(
          accounts.isEmpty()
              ? "credential report has no arn column values, so its account is unknown; it was"
                  + " left out"
              : "credential report names several accounts ("
                  + String.join(", ", accounts)
                  + "); it was left out");
      return Optional.empty();
    }
    Optional<AccountData> account = run.existingAccount(accounts.first());
    if (account.isEmpty()) {
      problems.file(
          "credential report of account "
              + accounts.first()
              + ", which has no get-account-authorization-details output among the inputs; it"
              + " was left out");
    }
    return account;
  }

  /** true/false, or null for N/A, not_supported and anything else. */
  private static Boolean bool(String text) {
    if ("true".equalsIgnoreCase(text)) {
      return true;
    }
    return "false".equalsIgnoreCase(text) ? false : null;
  }

  /** A date cell, null for N/A, no_information, not_supported. */
  private static String value(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return switch (text) {
      case "N/A", "no_information", "not_supported" -> null;
      default -> text;
    };
  }

  private static boolean sameInstant(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    try {
      return OffsetDateTime.parse(a).toInstant().equals(OffsetDateTime.parse(b).toInstant());
    } catch (DateTimeParseException e) {
      return a.equals(b);
    }
  }
}
