package io.accessgraph.analysis.policy;

import io.accessgraph.analysis.policy.compile.CallerIdentity;
import io.accessgraph.model.AccountIds;
import io.accessgraph.model.Arn;
import io.accessgraph.model.snapshot.Snapshot;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the strings users pass (user/role ARN, assumed-role session ARN, account root ARN or id,
 * service principal, identity provider ARN) into a {@link Caller}. Results are cached: the same
 * callers are asked about again and again.
 */
final class CallerResolver {
  private static final int CACHE_LIMIT = 100_000;

  /** Identity providers written by host name rather than ARN in trust policies. */
  private static final Set<String> WELL_KNOWN_FEDERATED =
      Set.of(
          "cognito-identity.amazonaws.com",
          "accounts.google.com",
          "graph.facebook.com",
          "www.amazon.com");

  private final PrincipalIndex principals;
  private final Org org;
  private final Snapshot snapshot;
  private final Map<String, Caller> cache = new ConcurrentHashMap<>();

  CallerResolver(PrincipalIndex principals, Org org, Snapshot snapshot) {
    this.principals = principals;
    this.org = org;
    this.snapshot = snapshot;
  }

  /**
   * @throws IllegalArgumentException naming the value when it is none of the accepted forms
   */
  Caller resolve(String text) {
    if (text == null) {
      throw new IllegalArgumentException("principal is missing");
    }
    // Keys are trimmed and never blank: a hit on the text as given needs neither check.
    Caller hit = cache.get(text);
    if (hit != null) {
      return hit;
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("principal is missing");
    }
    String key = text.trim();
    Caller cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    Caller c = resolveUncached(key);
    if (cache.size() < CACHE_LIMIT) {
      cache.put(key, c);
    }
    return c;
  }

  private Caller resolveUncached(String text) {
    IamPrincipal p = principals.byArn(text);
    if (p != null) {
      return ingested(p, null, null);
    }
    if (AccountIds.isAccountId(text)) {
      return account(text, AccountIds.rootArn(text));
    }
    if (!text.startsWith("arn:")) {
      String lower = text.toLowerCase(java.util.Locale.ROOT);
      if (WELL_KNOWN_FEDERATED.contains(lower)) {
        return federated(text);
      }
      if (lower.endsWith(".amazonaws.com") || lower.endsWith(".amazonaws.com.cn")) {
        return new Caller(
            new CallerIdentity(CallerIdentity.Kind.SERVICE, lower, null, null, null),
            null,
            PrincipalKeys.forService(lower),
            true,
            List.of());
      }
      IamPrincipal byId = principals.byUniqueId(text);
      if (byId != null) {
        return ingested(byId, null, null);
      }
      throw unknown(text);
    }
    Arn arn = Arn.tryParse(text);
    if (arn == null) {
      throw unknown(text);
    }
    if ("sts".equals(arn.service()) && "assumed-role".equals(arn.resourceType())) {
      return session(text, arn);
    }
    if (arn.isAccountRoot()) {
      return account(arn.account(), text);
    }
    if ("iam".equals(arn.service())
        && ("oidc-provider".equals(arn.resourceType())
            || "saml-provider".equals(arn.resourceType()))) {
      return federated(text);
    }
    if ("iam".equals(arn.service()) && snapshot.account(arn.account()).isEmpty()) {
      return external(arn.account(), text);
    }
    throw new IllegalArgumentException(
        "principal '"
            + text
            + "' is not in the snapshot (no such user or role in account "
            + arn.account()
            + ")");
  }

  private Caller ingested(
      IamPrincipal p, String sessionArn, java.util.Map<String, List<String>> keys) {
    CallerIdentity.Kind kind =
        p.type() == IamPrincipal.Type.USER ? CallerIdentity.Kind.USER : CallerIdentity.Kind.ROLE;
    return new Caller(
        new CallerIdentity(kind, p.arn(), sessionArn, p.accountId(), p.uniqueId()),
        p,
        keys == null ? p.keys() : keys,
        true,
        p.warnings());
  }

  /** {@code arn:aws:sts::ACC:assumed-role/ROLE/SESSION}: the role, seen through one session. */
  private Caller session(String text, Arn arn) {
    String[] parts = arn.resource().split("/", 3);
    if (parts.length < 3) {
      throw new IllegalArgumentException(
          "assumed-role ARN '" + text + "' lacks the role or session name");
    }
    IamPrincipal role = principals.role(arn.account(), parts[1]);
    if (role == null) {
      if (snapshot.account(arn.account()).isEmpty()) {
        return external(arn.account(), text);
      }
      throw new IllegalArgumentException(
          "session '"
              + text
              + "' is of role "
              + parts[1]
              + ", which is not in account "
              + arn.account()
              + " of the snapshot");
    }
    return ingested(
        role,
        text,
        PrincipalKeys.forRole(
            role.arn(), role.uniqueId(), parts[2], role.accountId(), role.tags(), org));
  }

  private Caller account(String accountId, String rootArn) {
    if (snapshot.account(accountId).isPresent()) {
      return new Caller(
          new CallerIdentity(CallerIdentity.Kind.ROOT, rootArn, null, accountId, accountId),
          null,
          PrincipalKeys.forRoot(accountId, org),
          true,
          List.of());
    }
    return external(accountId, rootArn);
  }

  private Caller external(String accountId, String arn) {
    return new Caller(
        new CallerIdentity(CallerIdentity.Kind.EXTERNAL_ACCOUNT, arn, null, accountId, null),
        null,
        PrincipalKeys.forExternal(accountId, org),
        false,
        List.of(
            "account "
                + accountId
                + " is not in the snapshot: its own policies (identity, boundary, SCPs) are unknown"
                + " and were not evaluated"));
  }

  private Caller federated(String provider) {
    return new Caller(
        new CallerIdentity(
            CallerIdentity.Kind.FEDERATED, provider, null, accountOf(provider), null),
        null,
        PrincipalKeys.forFederated(provider),
        true,
        List.of());
  }

  private static String accountOf(String arn) {
    Arn parsed = Arn.tryParse(arn);
    return parsed == null ? null : parsed.account();
  }

  private static IllegalArgumentException unknown(String text) {
    return new IllegalArgumentException(
        "principal '"
            + text
            + "' is not a user/role/session ARN, account id or root ARN, service principal"
            + " or identity provider ARN");
  }
}
