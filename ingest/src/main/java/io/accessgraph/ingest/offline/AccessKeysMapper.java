package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.databind.JsonNode;
import io.accessgraph.model.AccountIds;
import io.accessgraph.model.iam.AccessKey;
import io.accessgraph.model.iam.User;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps {@code aws iam list-access-keys --user-name U} outputs onto users already read from the
 * authorization details. The output names the user but not the account, so the user name is looked
 * up across every ingested account; a script can say which account with a top-level {@code
 * "AccountId"}, and may bundle several outputs into one JSON array.
 */
final class AccessKeysMapper {
  private AccessKeysMapper() {}

  static void map(JsonNode root, IngestRun run, FileProblems problems) {
    if (root.isArray()) {
      root.forEach(part -> mapOne(part, run, problems));
    } else {
      mapOne(root, run, problems);
    }
  }

  private static void mapOne(JsonNode output, IngestRun run, FileProblems problems) {
    Pagination.check(output, InputKind.ACCESS_KEYS, problems);
    String accountId = JsonFields.text(output, "AccountId");
    if (accountId != null && !AccountIds.isAccountId(accountId)) {
      problems.file(
          "AccountId '" + accountId + "' is not a 12-digit account id; these keys were left out");
      return;
    }
    Map<String, List<AccessKey>> keysByUser = new LinkedHashMap<>();
    Entities.each(
        JsonFields.array(output, "AccessKeyMetadata"),
        "access key",
        "AccessKeyId",
        problems,
        n ->
            keysByUser
                .computeIfAbsent(JsonFields.requiredText(n, "UserName"), u -> new ArrayList<>())
                .add(
                    new AccessKey(
                        JsonFields.requiredText(n, "AccessKeyId"),
                        JsonFields.text(n, "Status"),
                        JsonFields.text(n, "CreateDate"),
                        null)));
    keysByUser.forEach((userName, keys) -> attach(userName, keys, accountId, run, problems));
  }

  private static void attach(
      String userName,
      List<AccessKey> keys,
      String accountId,
      IngestRun run,
      FileProblems problems) {
    List<AccountData> candidates = new ArrayList<>();
    List<User> matches = new ArrayList<>();
    for (AccountData account : run.accounts()) {
      if (accountId == null || accountId.equals(account.accountId())) {
        for (User u : account.usersNamed(userName)) {
          candidates.add(account);
          matches.add(u);
        }
      }
    }
    String keyIds = String.join(", ", keys.stream().map(AccessKey::accessKeyId).toList());
    if (matches.isEmpty()) {
      problems.add(
          userName,
          "access keys "
              + keyIds
              + " belong to user '"
              + userName
              + "', who is in no ingested account"
              + (accountId == null ? "" : " (AccountId " + accountId + ")")
              + "; add that account's get-account-authorization-details output; the keys were"
              + " left out");
      return;
    }
    if (matches.size() > 1) {
      problems.add(
          userName,
          "access keys "
              + keyIds
              + " belong to user '"
              + userName
              + "', a name found in accounts "
              + String.join(", ", candidates.stream().map(AccountData::accountId).toList())
              + "; list-access-keys output does not say which account, so wrap it as"
              + " {\"AccountId\": \"...\", \"AccessKeyMetadata\": [...]}; the keys were left out");
      return;
    }
    User user = matches.get(0);
    Map<String, AccessKey> merged = new TreeMap<>();
    user.accessKeys().stream()
        .filter(k -> !CredentialReportMapper.isSynthetic(k))
        .forEach(k -> merged.put(k.accessKeyId(), k));
    keys.forEach(k -> merged.merge(k.accessKeyId(), k, (old, added) -> keepLastUsed(old, added)));
    List<AccessKey> all = new ArrayList<>(merged.values());
    all.sort(Comparator.comparing(AccessKey::accessKeyId));
    candidates
        .get(0)
        .replaceUser(user.withCredentials(all, user.mfaActive(), user.passwordEnabled()));
  }

  private static AccessKey keepLastUsed(AccessKey old, AccessKey added) {
    return new AccessKey(
        added.accessKeyId(),
        added.status(),
        added.createDate(),
        added.lastUsedDate() != null ? added.lastUsedDate() : old.lastUsedDate());
  }
}
