package io.accessgraph.analysis.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The global condition keys a principal fixes (aws:PrincipalArn, aws:PrincipalTag/*, ...), as AWS
 * documents them for IAM users, role sessions, services and federated callers. Keys are stored
 * lower-case.
 */
final class PrincipalKeys {
  /** Keys whose absence from a principal's map means "not present", not "unknown". */
  private static final List<String> KNOWN_WHEN_ABSENT =
      List.of(
          "aws:principalarn",
          "aws:principalaccount",
          "aws:principaltype",
          "aws:principalisawsservice",
          "aws:principalservicename",
          "aws:principalservicenameslist",
          "aws:principalorgid",
          "aws:principalorgpaths",
          "aws:principaltag/",
          "aws:username");

  /** Every key a principal's map may hold starts with one of these. */
  private static final List<String> PREFIXES =
      List.of("aws:principal", "aws:username", "aws:userid", "aws:federatedprovider");

  private PrincipalKeys() {}

  /**
   * False when the key cannot be in any principal's map, so the map need not be searched: request
   * keys (aws:SourceIp, aws:RequestedRegion, ...) are looked up on most decisions.
   */
  static boolean mayHold(String lowerKey) {
    if (!lowerKey.startsWith("aws:")) {
      return false;
    }
    for (String prefix : PREFIXES) {
      if (lowerKey.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  static boolean knownWhenAbsent(String lowerKey) {
    if (!lowerKey.startsWith("aws:principal") && !lowerKey.equals("aws:username")) {
      return false;
    }
    for (String k : KNOWN_WHEN_ABSENT) {
      if (k.endsWith("/") ? lowerKey.startsWith(k) : lowerKey.equals(k)) {
        return true;
      }
    }
    return false;
  }

  static Map<String, List<String>> forUser(
      String arn, String name, String userId, String account, Map<String, String> tags, Org org) {
    Map<String, List<String>> keys = common(arn, account, tags, org);
    keys.put("aws:principaltype", List.of("User"));
    keys.put("aws:username", List.of(name));
    if (userId != null) {
      keys.put("aws:userid", List.of(userId));
    }
    return keys;
  }

  /** A role session: aws:PrincipalArn is the role's ARN; aws:userid needs the session name. */
  static Map<String, List<String>> forRole(
      String arn,
      String roleId,
      String session,
      String account,
      Map<String, String> tags,
      Org org) {
    Map<String, List<String>> keys = common(arn, account, tags, org);
    keys.put("aws:principaltype", List.of("AssumedRole"));
    if (roleId != null && session != null) {
      keys.put("aws:userid", List.of(roleId + ":" + session));
    }
    return keys;
  }

  static Map<String, List<String>> forRoot(String account, Org org) {
    Map<String, List<String>> keys =
        common("arn:aws:iam::" + account + ":root", account, null, org);
    keys.put("aws:principaltype", List.of("Account"));
    keys.put("aws:userid", List.of(account));
    return keys;
  }

  static Map<String, List<String>> forService(String service) {
    Map<String, List<String>> keys = new HashMap<>();
    keys.put("aws:principalisawsservice", List.of("true"));
    keys.put("aws:principalservicename", List.of(service));
    return keys;
  }

  static Map<String, List<String>> forFederated(String providerArn) {
    Map<String, List<String>> keys = new HashMap<>();
    keys.put("aws:principalisawsservice", List.of("false"));
    keys.put("aws:federatedprovider", List.of(providerArn));
    return keys;
  }

  /** Only the account is known; everything else about the caller stays unknown. */
  static Map<String, List<String>> forExternal(String account, Org org) {
    Map<String, List<String>> keys = new HashMap<>();
    keys.put("aws:principalaccount", List.of(account));
    keys.put("aws:principalisawsservice", List.of("false"));
    if (org.isMember(account)) {
      keys.put("aws:principalorgid", List.of(org.orgId()));
      keys.put("aws:principalorgpaths", List.of(org.orgPath(account)));
    }
    return keys;
  }

  private static Map<String, List<String>> common(
      String arn, String account, Map<String, String> tags, Org org) {
    Map<String, List<String>> keys = new HashMap<>();
    keys.put("aws:principalarn", List.of(arn));
    keys.put("aws:principalaccount", List.of(account));
    keys.put("aws:principalisawsservice", List.of("false"));
    if (org.isMember(account)) {
      keys.put("aws:principalorgid", List.of(org.orgId()));
      keys.put("aws:principalorgpaths", List.of(org.orgPath(account)));
    }
    if (tags != null) {
      tags.forEach(
          (k, v) -> keys.put("aws:principaltag/" + k.toLowerCase(Locale.ROOT), List.of(v)));
    }
    return keys;
  }
}
