package io.accessgraph.analysis.findings;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.NodeKind;
import io.accessgraph.analysis.graph.Reach;
import io.accessgraph.analysis.graph.TraversalOptions;
import io.accessgraph.model.iam.AccessKey;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.snapshot.AccountSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * LONG_LIVED_ACCESS_KEY: every active access key of a user, rated by how far the user reaches (HIGH
 * when admin is reachable, MEDIUM when it reaches other principals, LOW otherwise).
 * CONSOLE_USER_WITHOUT_MFA: a console password and no MFA, only where the data says both (HIGH when
 * admin is reachable, else MEDIUM); unknown is never reported.
 */
final class UserFindings {
  private final Review review;

  UserFindings(Review review) {
    this.review = review;
  }

  void addTo(List<Finding> out) {
    for (AccountSnapshot account : review.snapshot.accountList()) {
      for (User user : account.users()) {
        for (AccessKey key : user.accessKeys()) {
          if (key.active()) {
            out.add(accessKey(account.accountId(), user, key));
          }
        }
        if (Boolean.TRUE.equals(user.passwordEnabled()) && Boolean.FALSE.equals(user.mfaActive())) {
          out.add(withoutMfa(account.accountId(), user));
        }
      }
    }
  }

  private Finding accessKey(String accountId, User user, AccessKey key) {
    List<String> evidence = new ArrayList<>();
    Instant created = instant(key.createDate());
    String age = created == null ? null : Duration.between(created, review.now).toDays() + " days";
    evidence.add(
        "access key "
            + key.accessKeyId()
            + " is "
            + key.status()
            + (key.createDate() == null
                ? ", creation date unknown"
                : ", created " + key.createDate())
            + (age == null ? "" : " (" + age + " before the analysis)"));
    evidence.add(
        key.lastUsedDate() == null
            ? "last use unknown (or never used)"
            : "last used " + key.lastUsedDate());
    if (Boolean.TRUE.equals(user.passwordEnabled())) {
      evidence.add("the user also has a console password");
    }
    Severity severity;
    List<AccessEdge> path = List.of();
    if (review.possiblyAdmin(user.arn())) {
      severity = Severity.HIGH;
      evidence.add(review.adminReachLine(user.arn()));
      path = review.adminRoute(user.arn()).map(AdminReach.Route::path).orElse(List.of());
    } else {
      String reach = reachLine(user.arn());
      severity = reach == null ? Severity.LOW : Severity.MEDIUM;
      evidence.add(reach == null ? "reaches no other principal" : reach);
    }
    String name = user.name();
    return new Finding(
        FindingType.LONG_LIVED_ACCESS_KEY.idPrefix() + ":" + user.arn() + ":" + key.accessKeyId(),
        FindingType.LONG_LIVED_ACCESS_KEY,
        severity,
        user.arn(),
        accountId,
        "User "
            + name
            + " has an active access key "
            + key.accessKeyId()
            + (age == null ? "" : " created " + age + " ago"),
        evidence,
        "Move whatever uses the key to a role (instance profile, OIDC federation, IAM Roles"
            + " Anywhere), then deactivate and delete it: aws iam update-access-key --user-name "
            + name
            + " --access-key-id "
            + key.accessKeyId()
            + " --status Inactive && aws iam delete-access-key --user-name "
            + name
            + " --access-key-id "
            + key.accessKeyId()
            + ". Until then rotate it at least every 90 days.",
        path);
  }

  private Finding withoutMfa(String accountId, User user) {
    List<String> evidence = new ArrayList<>();
    evidence.add("console password enabled and no MFA device active (credential report)");
    boolean admin = review.possiblyAdmin(user.arn());
    if (admin) {
      evidence.add(review.adminReachLine(user.arn()));
    }
    String name = user.name();
    return new Finding(
        FindingType.CONSOLE_USER_WITHOUT_MFA.idPrefix() + ":" + user.arn(),
        FindingType.CONSOLE_USER_WITHOUT_MFA,
        admin ? Severity.HIGH : Severity.MEDIUM,
        user.arn(),
        accountId,
        "Console user " + name + " has no MFA",
        evidence,
        "Enable MFA: aws iam create-virtual-mfa-device --virtual-mfa-device-name "
            + name
            + " --outfile "
            + name
            + "-mfa.png --bootstrap-method QRCodePNG, then aws iam enable-mfa-device --user-name "
            + name
            + " --serial-number arn:aws:iam::"
            + accountId
            + ":mfa/"
            + name
            + " --authentication-code1 <code> --authentication-code2 <next code>. If the user"
            + " needs no console: aws iam delete-login-profile --user-name "
            + name
            + ".",
        admin
            ? review.adminRoute(user.arn()).map(AdminReach.Route::path).orElse(List.of())
            : List.of());
  }

  /** How many principals in how many accounts the user can become, or null for none. */
  private String reachLine(String arn) {
    if (review.graph.node(arn).isEmpty()) {
      return null;
    }
    int principals = 0;
    Set<String> accounts = new TreeSet<>();
    for (Reach r : review.graph.reachableFrom(arn, TraversalOptions.defaults())) {
      if (r.node().kind() == NodeKind.USER || r.node().kind() == NodeKind.ROLE) {
        principals++;
        if (r.node().accountId() != null) {
          accounts.add(r.node().accountId());
        }
      }
    }
    return principals == 0
        ? null
        : "can become " + principals + " other principal(s) in account(s) " + accounts;
  }

  /** An ISO-8601 date or date-time as AWS prints it, or null when there is none. */
  static Instant instant(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.trim()).toInstant();
    } catch (DateTimeParseException e) {
      // not a full date-time: try the date alone
    }
    try {
      return LocalDate.parse(text.trim().substring(0, Math.min(10, text.trim().length())))
          .atStartOfDay(ZoneOffset.UTC)
          .toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
