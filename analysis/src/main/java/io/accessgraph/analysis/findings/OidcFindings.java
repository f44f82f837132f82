package io.accessgraph.analysis.findings;

import io.accessgraph.model.iam.Role;
import io.accessgraph.model.policy.Condition;
import io.accessgraph.model.policy.PrincipalBlock;
import io.accessgraph.model.policy.Statement;
import io.accessgraph.model.snapshot.AccountSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * OIDC_TRUST_UNRESTRICTED: a role that identities of an OIDC provider assume without a condition
 * pinning the token's subject. No {@code sub} condition, or one that matches every subject, lets
 * any identity of the provider in (for GitHub: any workflow of any repository): CRITICAL when the
 * role leads to admin, else HIGH. A GitHub {@code sub} with a wildcard over the repository name
 * ({@code repo:org/*}) is weak: every repository of the owner, HIGH when admin is reachable, else
 * MEDIUM. For GitHub a missing {@code aud} condition alone is LOW.
 */
final class OidcFindings {
  static final String GITHUB = "token.actions.githubusercontent.com";

  /** How well a statement's {@code sub} conditions pin the subject. */
  enum Subject {
    PINNED,
    OWNER_WIDE,
    UNRESTRICTED
  }

  private final Review review;

  OidcFindings(Review review) {
    this.review = review;
  }

  void addTo(List<Finding> out) {
    for (AccountSnapshot account : review.snapshot.accountList()) {
      for (Role role : account.roles()) {
        if (role.trustPolicy() == null) {
          continue;
        }
        for (Statement s : role.trustPolicy().statements()) {
          if (!s.isAllow() || s.principal() == null) {
            continue;
          }
          for (String provider : s.principal().values(PrincipalBlock.FEDERATED)) {
            int at = provider.indexOf(":oidc-provider/");
            if (at > 0) {
              String host = provider.substring(at + ":oidc-provider/".length());
              check(account.accountId(), role, s, provider, host, out);
            }
          }
        }
      }
    }
  }

  private void check(
      String accountId, Role role, Statement s, String provider, String host, List<Finding> out) {
    boolean github = host.toLowerCase(Locale.ROOT).startsWith(GITHUB);
    List<String> evidence = new ArrayList<>();
    evidence.add(StatementJson.trustEvidence(role.arn(), s));
    Subject subject = subject(s, host, github, evidence);
    boolean audMissing = github && !pinned(s, host + ":aud");
    if (audMissing) {
      evidence.add("no condition on " + host + ":aud (expected \"sts.amazonaws.com\")");
    }
    if (subject == Subject.PINNED && !audMissing) {
      return;
    }
    boolean admin = review.possiblyAdmin(role.arn());
    String reach = review.adminReachLine(role.arn());
    if (reach != null) {
      evidence.add(reach);
    }
    Severity severity =
        switch (subject) {
          case UNRESTRICTED -> admin ? Severity.CRITICAL : Severity.HIGH;
          case OWNER_WIDE -> admin ? Severity.HIGH : Severity.MEDIUM;
          case PINNED -> Severity.LOW;
        };
    String who =
        switch (subject) {
          case UNRESTRICTED ->
              github ? " by a workflow of any GitHub repository" : " by any identity of " + host;
          case OWNER_WIDE -> " by every repository of the owner its sub names";
          case PINNED -> " without an aud condition";
        };
    out.add(
        new Finding(
            FindingType.OIDC_TRUST_UNRESTRICTED.idPrefix()
                + ":"
                + role.arn()
                + ":"
                + provider
                + ":"
                + s.index(),
            FindingType.OIDC_TRUST_UNRESTRICTED,
            severity,
            role.arn(),
            accountId,
            "Role " + role.name() + " can be assumed through OIDC provider " + host + who,
            evidence,
            remediation(role, s, host, github, subject, audMissing),
            List.of()));
  }

  /** Classifies the statement's sub conditions, saying why in the evidence. */
  private static Subject subject(Statement s, String host, boolean github, List<String> evidence) {
    List<Condition> subs = Conditions.requiring(s, host + ":sub");
    if (subs.isEmpty()) {
      evidence.add("no condition on " + host + ":sub: the token's subject is not checked");
      return Subject.UNRESTRICTED;
    }
    Subject worst = Subject.PINNED;
    for (Condition c : subs) {
      for (String value : c.values()) {
        Subject v = classify(c, value, github);
        if (v == Subject.UNRESTRICTED) {
          evidence.add(
              Conditions.describe(c)
                  + ": \""
                  + value
                  + "\" matches every subject (weak: no check)");
        } else if (v == Subject.OWNER_WIDE) {
          evidence.add(
              Conditions.describe(c)
                  + ": \""
                  + value
                  + "\" is a wildcard over every repository of the owner (weak)");
        }
        if (v.ordinal() > worst.ordinal()) {
          worst = v;
        }
      }
    }
    return worst;
  }

  static Subject classify(Condition c, String value, boolean github) {
    if (Conditions.matchesEverything(c, value)) {
      return Subject.UNRESTRICTED;
    }
    if (!github || !Conditions.isLike(c) || !value.startsWith("repo:")) {
      return Subject.PINNED;
    }
    // repo:OWNER/REPO:rest; a wildcard in OWNER admits anyone's repositories, in REPO every
    // repository of the owner
    String rest = value.substring("repo:".length());
    int slash = rest.indexOf('/');
    String owner = slash < 0 ? rest : rest.substring(0, slash);
    if (slash < 0 || hasWildcard(owner)) {
      return Subject.UNRESTRICTED;
    }
    String repoAndRest = rest.substring(slash + 1);
    int colon = repoAndRest.indexOf(':');
    String repo = colon < 0 ? repoAndRest : repoAndRest.substring(0, colon);
    return hasWildcard(repo) ? Subject.OWNER_WIDE : Subject.PINNED;
  }

  private static boolean hasWildcard(String text) {
    return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
  }

  private static boolean pinned(Statement s, String key) {
    return Conditions.requiring(s, key).stream()
        .anyMatch(c -> c.values().stream().noneMatch(v -> Conditions.matchesEverything(c, v)));
  }

  private static String remediation(
      Role role, Statement s, String host, boolean github, Subject subject, boolean audMissing) {
    StringBuilder sb = new StringBuilder("In statement ").append(s.index());
    sb.append(" of the trust policy of ").append(role.name()).append(", ");
    if (subject != Subject.PINNED) {
      sb.append("pin the subject: \"StringEquals\":{\"")
          .append(host)
          .append(":sub\":\"")
          .append(
              github
                  ? "repo:<owner>/<repository>:ref:refs/heads/<branch>\"} (or"
                      + " :environment:<name>)"
                  : "<the one subject that needs the role>\"}");
      sb.append(audMissing ? " and " : ". ");
    }
    if (audMissing) {
      sb.append("require the audience: \"StringEquals\":{\"")
          .append(host)
          .append(":aud\":\"sts.amazonaws.com\"}. ");
    }
    return sb.append("Then: ").append(TrustFindings.updateTrust(role)).toString();
  }
}
