package io.accessgraph.store.snapshot;

import static io.accessgraph.store.snapshot.GraphRows.props;

import io.accessgraph.model.iam.Role;
import io.accessgraph.model.policy.Condition;
import io.accessgraph.model.policy.Statement;
import io.accessgraph.store.schema.NodeLabel;
import io.accessgraph.store.schema.RelType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One TRUSTS relationship from a role to every principal each statement of its trust policy names,
 * with the statement's effect, actions and conditions. NotPrincipal names who is excluded, not who
 * is trusted, so it makes no relationship (the full document stays on the role).
 */
final class TrustRows {
  static final String MERGE_KEY = "statementIndex";

  private TrustRows() {}

  static void add(GraphRows rows, Role role) {
    if (role.trustPolicy() == null) {
      return;
    }
    GraphRows.End from = Refs.written(NodeLabel.ROLE, role.arn());
    for (Statement s : role.trustPolicy().statements()) {
      if (s.principal() == null) {
        continue;
      }
      // sorted so that the same policy always writes the same rows in the same order
      for (Map.Entry<String, List<String>> e : new TreeMap<>(s.principal().byType()).entrySet()) {
        for (String value : e.getValue()) {
          PrincipalRef to = PrincipalRef.of(e.getKey(), value);
          rows.rel(
              RelType.TRUSTS,
              from,
              to.end(),
              MERGE_KEY,
              props(
                  MERGE_KEY,
                  s.index(),
                  "sid",
                  s.sid(),
                  "effect",
                  s.effect().name(),
                  "actions",
                  s.actions(),
                  "notActions",
                  s.notActions(),
                  "principalType",
                  e.getKey(),
                  "principal",
                  value,
                  "conditions",
                  conditions(s.conditions())));
        }
      }
    }
  }

  /** Conditions as JSON text: [{"operator":..,"key":..,"values":[..]}], in statement order. */
  static String conditions(List<Condition> conditions) {
    return Json.write(
        conditions.stream()
            .map(
                c -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("operator", c.operator());
                  m.put("key", c.key());
                  m.put("values", c.values());
                  return m;
                })
            .toList());
  }
}
