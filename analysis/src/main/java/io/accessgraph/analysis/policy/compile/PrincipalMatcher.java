package io.accessgraph.analysis.policy.compile;

import io.accessgraph.model.AccountIds;
import io.accessgraph.model.Arn;
import io.accessgraph.model.policy.PrincipalBlock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A Principal or NotPrincipal element compiled into lookup sets. AWS allows no partial wildcards in
 * principals, so any other value with {@code *} is reported and never matches.
 */
public final class PrincipalMatcher {
  private final boolean everyone;
  private final boolean everyAwsPrincipal;
  private final Set<String> accounts = new HashSet<>();
  private final Set<String> arns = new HashSet<>();
  private final Set<String> uniqueIds = new HashSet<>();
  private final Set<String> services = new HashSet<>();
  private final Set<String> federated = new HashSet<>();
  private final List<String> problems = new ArrayList<>();

  private PrincipalMatcher(PrincipalBlock block) {
    boolean awsStar = false;
    for (String v : block.values(PrincipalBlock.AWS)) {
      String value = v.trim();
      if ("*".equals(value)) {
        awsStar = true;
      } else if (AccountIds.isAccountId(value)) {
        accounts.add(value);
      } else if (value.contains("*") || value.contains("?")) {
        problems.add("principal '" + value + "' uses a wildcard, which AWS does not allow");
      } else if (value.startsWith("arn:")) {
        Arn arn = Arn.tryParse(value);
        if (arn != null && arn.isAccountRoot()) {
          accounts.add(arn.account());
        } else {
          arns.add(value);
        }
      } else {
        uniqueIds.add(value);
      }
    }
    for (String v : block.values(PrincipalBlock.SERVICE)) {
      services.add(v.trim().toLowerCase(Locale.ROOT));
    }
    for (String v : block.values(PrincipalBlock.FEDERATED)) {
      federated.add(v.trim());
    }
    this.everyone = block.anonymousWildcard();
    this.everyAwsPrincipal = awsStar;
  }

  public static PrincipalMatcher of(PrincipalBlock block) {
    return new PrincipalMatcher(block);
  }

  public List<String> problems() {
    return problems;
  }

  public PrincipalMatch match(CallerIdentity caller) {
    if (everyone || (everyAwsPrincipal && caller.isAwsPrincipal())) {
      return caller.kind() == CallerIdentity.Kind.ROLE ? PrincipalMatch.ROLE : PrincipalMatch.SELF;
    }
    return switch (caller.kind()) {
      case SERVICE ->
          services.contains(caller.arn().toLowerCase(Locale.ROOT))
              ? PrincipalMatch.SELF
              : PrincipalMatch.NONE;
      case FEDERATED ->
          federated.contains(caller.arn()) ? PrincipalMatch.SELF : PrincipalMatch.NONE;
      case EXTERNAL_ACCOUNT -> external(caller);
      case USER, ROLE, ROOT -> iamPrincipal(caller);
    };
  }

  private PrincipalMatch iamPrincipal(CallerIdentity caller) {
    if (caller.sessionArn() != null && arns.contains(caller.sessionArn())) {
      return PrincipalMatch.SELF;
    }
    boolean named =
        arns.contains(caller.arn())
            || (caller.uniqueId() != null && uniqueIds.contains(caller.uniqueId()));
    if (named) {
      return caller.kind() == CallerIdentity.Kind.ROLE ? PrincipalMatch.ROLE : PrincipalMatch.SELF;
    }
    return accounts.contains(caller.accountId()) ? PrincipalMatch.ACCOUNT : PrincipalMatch.NONE;
  }

  /**
   * A principal of an account outside the snapshot: named by its own ARN, by its account, or, when
   * only the account is known (root ARN), by any ARN in that account.
   */
  private PrincipalMatch external(CallerIdentity caller) {
    if (arns.contains(caller.arn())) {
      return PrincipalMatch.SELF;
    }
    Arn self = Arn.tryParse(caller.arn());
    if (self != null && self.isAccountRoot()) {
      for (String arn : arns) {
        Arn parsed = Arn.tryParse(arn);
        if (parsed != null && caller.accountId().equals(parsed.account())) {
          return PrincipalMatch.SELF;
        }
      }
    }
    return accounts.contains(caller.accountId()) ? PrincipalMatch.ACCOUNT : PrincipalMatch.NONE;
  }
}
