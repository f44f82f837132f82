package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.databind.JsonNode;
import io.accessgraph.model.AccountIds;
import io.accessgraph.model.Arn;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Maps one {@code aws iam get-account-authorization-details} output into its account. The output
 * never states its account, so the account is read from the ARNs inside; they must all agree.
 */
final class AuthorizationDetailsMapper {
  private static final List<String> LISTS =
      List.of("UserDetailList", "GroupDetailList", "RoleDetailList", "Policies");

  private AuthorizationDetailsMapper() {}

  static void map(JsonNode root, IngestRun run, FileProblems problems) {
    Pagination.check(root, InputKind.AUTHORIZATION_DETAILS, problems);
    Optional<String> accountId = accountOf(root, problems);
    if (accountId.isEmpty()) {
      return;
    }
    AccountData account = run.account(accountId.get());
    Entities.each(
        JsonFields.array(root, "UserDetailList"),
        "user",
        "UserName",
        problems,
        n -> account.addUser(UserMapper.user(n, problems), problems));
    Entities.each(
        JsonFields.array(root, "GroupDetailList"),
        "group",
        "GroupName",
        problems,
        n -> account.addGroup(UserMapper.group(n, problems), problems));
    Entities.each(
        JsonFields.array(root, "RoleDetailList"),
        "role",
        "RoleName",
        problems,
        n -> account.addRole(RoleMapper.role(n, account, problems), problems));
    Entities.each(
        JsonFields.array(root, "Policies"),
        "managed policy",
        "PolicyName",
        problems,
        n ->
            ManagedPolicyMapper.policy(n, problems).ifPresent(p -> account.addPolicy(p, problems)));
  }

  /**
   * The one account named by the ARNs of users, groups, roles and customer-managed policies;
   * AWS-managed policies carry "aws" instead of an account and are ignored here.
   */
  static Optional<String> accountOf(JsonNode root, FileProblems problems) {
    TreeSet<String> accounts = new TreeSet<>();
    for (String list : LISTS) {
      for (JsonNode entry : JsonFields.array(root, list)) {
        Arn arn = Arn.tryParse(JsonFields.text(entry, "Arn"));
        if (arn != null && AccountIds.isAccountId(arn.account())) {
          accounts.add(arn.account());
        }
      }
    }
    if (accounts.isEmpty()) {
      problems.file(
          "cannot tell which account this authorization details output belongs to: no user,"
              + " group, role or customer-managed policy has an ARN with an account id;"
              + " the file was left out");
      return Optional.empty();
    }
    if (accounts.size() > 1) {
      problems.file(
          "authorization details name more than one account in their ARNs ("
              + String.join(", ", accounts)
              + "); expected one get-account-authorization-details output per account and file;"
              + " the file was left out");
      return Optional.empty();
    }
    return Optional.of(accounts.first());
  }
}
