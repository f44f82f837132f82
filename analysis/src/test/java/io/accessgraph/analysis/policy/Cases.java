package io.accessgraph.analysis.policy;

import java.util.LinkedHashMap;
import java.util.Map;

/** Shared helpers for the case tables: context columns and principal short names. */
final class Cases {
  private Cases() {}

  /** "k=v;k2=v2" into a map; blank for none. */
  static Map<String, String> context(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    for (String pair : text.split(";")) {
      int eq = pair.indexOf('=');
      out.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
    }
    return out;
  }

  /** "user/alice" or "role/app" in account 111111111111 unless a full ARN is given. */
  static String principal(String account, String shortName) {
    if (shortName.startsWith("arn:") || shortName.matches("\\d{12}") || shortName.contains(".")) {
      return shortName;
    }
    return "arn:aws:iam::" + account + ":" + shortName;
  }
}
