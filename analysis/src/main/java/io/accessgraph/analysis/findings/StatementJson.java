package io.accessgraph.analysis.findings;

import io.accessgraph.model.policy.Condition;
import io.accessgraph.model.policy.PrincipalBlock;
import io.accessgraph.model.policy.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A statement written back as policy JSON, so evidence shows exactly the statement to change.
 * Principal types are sorted (the parsed form keeps no order); everything else is as written.
 */
final class StatementJson {
  private StatementJson() {}

  /** E.g. {@code trust policy of ROLE statement 0: {"Effect":"Allow",...}}. */
  static String trustEvidence(String roleArn, Statement s) {
    return "trust policy of " + roleArn + " statement " + s.index() + ": " + of(s);
  }

  static String of(Statement s) {
    StringBuilder sb = new StringBuilder("{");
    if (s.sid() != null) {
      field(sb, "Sid").append(quote(s.sid())).append(',');
    }
    field(sb, "Effect").append(quote(s.isAllow() ? "Allow" : "Deny"));
    principal(sb, "Principal", s.principal());
    principal(sb, "NotPrincipal", s.notPrincipal());
    list(sb, "Action", s.actions());
    list(sb, "NotAction", s.notActions());
    list(sb, "Resource", s.resources());
    list(sb, "NotResource", s.notResources());
    if (!s.conditions().isEmpty()) {
      Map<String, Map<String, List<String>>> byOperator = new LinkedHashMap<>();
      for (Condition c : s.conditions()) {
        byOperator
            .computeIfAbsent(c.operator(), o -> new LinkedHashMap<>())
            .put(c.key(), c.values());
      }
      sb.append(',');
      field(sb, "Condition").append('{');
      boolean first = true;
      for (var op : byOperator.entrySet()) {
        sb.append(first ? "" : ",");
        first = false;
        field(sb, op.getKey()).append('{');
        boolean firstKey = true;
        for (var key : op.getValue().entrySet()) {
          sb.append(firstKey ? "" : ",");
          firstKey = false;
          field(sb, key.getKey()).append(values(key.getValue()));
        }
        sb.append('}');
      }
      sb.append('}');
    }
    return sb.append('}').toString();
  }

  private static void principal(StringBuilder sb, String name, PrincipalBlock block) {
    if (block == null) {
      return;
    }
    sb.append(',');
    if (block.anonymousWildcard()) {
      field(sb, name).append("\"*\"");
      return;
    }
    field(sb, name).append('{');
    boolean first = true;
    for (var e : new TreeMap<>(block.byType()).entrySet()) {
      sb.append(first ? "" : ",");
      first = false;
      field(sb, e.getKey()).append(values(e.getValue()));
    }
    sb.append('}');
  }

  private static void list(StringBuilder sb, String name, List<String> values) {
    if (values != null) {
      sb.append(',');
      field(sb, name).append(values(values));
    }
  }

  private static String values(List<String> values) {
    if (values.size() == 1) {
      return quote(values.get(0));
    }
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(quote(values.get(i)));
    }
    return sb.append(']').toString();
  }

  private static StringBuilder field(StringBuilder sb, String name) {
    return sb.append(quote(name)).append(':');
  }

  static String quote(String text) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
