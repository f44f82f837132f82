package io.accessgraph.analysis.findings;

import io.accessgraph.model.AccountIds;
import io.accessgraph.model.Arn;
import io.accessgraph.model.iam.Role;
import io.accessgraph.model.policy.Condition;
import io.accessgraph.model.policy.PrincipalBlock;
import io.accessgraph.model.policy.Statement;
import io.accessgraph.model.snapshot.AccountSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * EXTERNAL_TRUST (a role that an account outside the organization may assume: HIGH without an
 * {@code sts:ExternalId} condition, the confused-deputy risk; MEDIUM with one) and WILDCARD_TRUST
 * (a role trusting "*": CRITICAL without conditions, HIGH when only conditions that do not say who
 * the caller is apply, LOW when a condition pins the caller's organization, account or ARN).
 */
final class TrustFindings {
  /** Keys that say who the caller is; a "*" trust pinned by one of them is no longer open. */
  private static final List<String> IDENTITY_KEYS =
      List.of(
          "aws:PrincipalOrgID",
          "aws:PrincipalOrgPaths",
          "aws:PrincipalAccount",
          "aws:PrincipalArn",
          "aws:userid",
          "aws:SourceAccount",
          "aws:SourceArn",
          "aws:SourceOrgID",
          "aws:SourceOrgPaths");

  private final Review review;

  TrustFindings(Review review) {
    this.review = review;
  }

  void addTo(List<Finding> out) {
    for (AccountSnapshot account : review.snapshot.accountList()) {
      for (Role role : account.roles()) {
        if (role.trustPolicy() == null) {
          continue;
        }
        external(account.accountId(), role, out);
        wildcard(account.accountId(), role, out);
      }
    }
  }

  private void external(String accountId, Role role, List<Finding> out) {
    Map<String, List<Statement>> byAccount = new TreeMap<>();
    for (Statement s : role.trustPolicy().statements()) {
      if (!s.isAllow() || s.principal() == null) {
        continue;
      }
      for (String aws : s.principal().values(PrincipalBlock.AWS)) {
        String other = accountOf(aws);
        if (other != null && !other.equals(accountId) && !review.inside(other)) {
          List<Statement> list = byAccount.computeIfAbsent(other, a -> new ArrayList<>());
          if (!list.contains(s)) {
            list.add(s);
          }
        }
      }
    }
    byAccount.forEach((other, statements) -> out.add(external(accountId, role, other, statements)));
  }

  private Finding external(String accountId, Role role, String other, List<Statement> statements) {
    List<Statement> withoutId = statements.stream().filter(s -> !hasExternalId(s)).toList();
    boolean missing = !withoutId.isEmpty();
    List<String> evidence = new ArrayList<>();
    statements.forEach(s -> evidence.add(StatementJson.trustEvidence(role.arn(), s)));
    evidence.add(
        "account "
            + other
            + (review.hasOrganization()
                ? " is not a member of organization " + review.snapshot.organization().get().id()
                : " is not in the snapshot"));
    evidence.add(
        missing
            ? "no sts:ExternalId condition in statement "
                + indexes(withoutId)
                + ": any principal of "
                + other
                + " that its own policies allow may assume the role (confused deputy)"
            : "every statement naming " + other + " requires an sts:ExternalId");
    String reach = review.adminReachLine(role.arn());
    if (reach != null) {
      evidence.add(reach);
    }
    String remediation =
        (missing
                ? "Require an external id: add \"Condition\":{\"StringEquals\":{\"sts:ExternalId\":"
                    + "\"<id agreed with the owner of "
                    + other
                    + ">\"}} to statement "
                    + indexes(withoutId)
                    + " of the trust policy, or remove "
                    + other
                    + " from its Principal if that party no longer needs the role."
                : "Confirm that the owner of "
                    + other
                    + " still needs the role and that its external id is unique to you;"
                    + " otherwise remove "
                    + other
                    + " from statement "
                    + indexes(statements)
                    + " of the trust policy.")
            + " Then: "
            + updateTrust(role);
    return new Finding(
        FindingType.EXTERNAL_TRUST.idPrefix() + ":" + role.arn() + ":" + other,
        FindingType.EXTERNAL_TRUST,
        missing ? Severity.HIGH : Severity.MEDIUM,
        role.arn(),
        accountId,
        "Role "
            + role.name()
            + " is trusted by account "
            + other
            + " outside the "
            + (review.hasOrganization() ? "organization" : "snapshot")
            + (missing ? " without an sts:ExternalId condition" : " (with sts:ExternalId)"),
        evidence,
        remediation,
        List.of());
  }

  private void wildcard(String accountId, Role role, List<Finding> out) {
    Severity worst = null;
    List<String> evidence = new ArrayList<>();
    List<Statement> open = new ArrayList<>();
    for (Statement s : role.trustPolicy().statements()) {
      if (!s.isAllow() || !(namesEveryone(s) || s.notPrincipal() != null)) {
        continue;
      }
      open.add(s);
      evidence.add(StatementJson.trustEvidence(role.arn(), s));
      List<Condition> pinning = pinningConditions(s);
      Severity severity;
      if (!pinning.isEmpty()) {
        severity = Severity.LOW;
        pinning.forEach(c -> evidence.add("caller restricted by " + Conditions.describe(c)));
      } else if (!s.conditions().isEmpty()) {
        severity = Severity.HIGH;
        evidence.add(
            "statement "
                + s.index()
                + ": its conditions do not say who the caller is; anyone who meets them may"
                + " assume the role");
      } else {
        severity = Severity.CRITICAL;
        evidence.add("statement " + s.index() + ": no condition; any AWS principal may assume it");
      }
      if (worst == null || severity.compareTo(worst) < 0) {
        worst = severity;
      }
    }
    if (worst == null) {
      return;
    }
    String reach = review.adminReachLine(role.arn());
    if (reach != null) {
      evidence.add(reach);
    }
    String orgId =
        review.hasOrganization() ? review.snapshot.organization().get().id() : "o-<your org id>";
    out.add(
        new Finding(
            FindingType.WILDCARD_TRUST.idPrefix() + ":" + role.arn(),
            FindingType.WILDCARD_TRUST,
            worst,
            role.arn(),
            accountId,
            "Role " + role.name() + " trusts any AWS principal (\"*\")",
            evidence,
            "Replace \"*\" in statement "
                + indexes(open)
                + " of the trust policy with the account or role ARNs that need the role, or at"
                + " least pin the caller with \"Condition\":{\"StringEquals\":"
                + "{\"aws:PrincipalOrgID\":\""
                + orgId
                + "\"}}. Then: "
                + updateTrust(role),
            List.of()));
  }

  private static boolean namesEveryone(Statement s) {
    return s.principal() != null
        && (s.principal().anonymousWildcard()
            || s.principal().values(PrincipalBlock.AWS).contains("*"));
  }

  private static List<Condition> pinningConditions(Statement s) {
    List<Condition> out = new ArrayList<>();
    for (String key : IDENTITY_KEYS) {
      for (Condition c : Conditions.requiring(s, key)) {
        if (c.values().stream().noneMatch(v -> Conditions.matchesEverything(c, v))) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static boolean hasExternalId(Statement s) {
    return Conditions.requiring(s, "sts:ExternalId").stream()
        .anyMatch(c -> c.values().stream().noneMatch(v -> Conditions.matchesEverything(c, v)));
  }

  /** The account a principal value names: an account id, a root ARN, or any IAM ARN's account. */
  private static String accountOf(String aws) {
    if (AccountIds.isAccountId(aws)) {
      return aws;
    }
    Arn arn = Arn.tryParse(aws);
    return arn != null && AccountIds.isAccountId(arn.account()) ? arn.account() : null;
  }

  private static String indexes(List<Statement> statements) {
    StringBuilder sb = new StringBuilder();
    for (Statement s : statements) {
      sb.append(sb.length() == 0 ? "" : ", ").append(s.index());
    }
    return sb.toString();
  }

  static String updateTrust(Role role) {
    return "aws iam update-assume-role-policy --role-name "
        + role.name()
        + " --policy-document file://trust-policy.json";
  }
}
