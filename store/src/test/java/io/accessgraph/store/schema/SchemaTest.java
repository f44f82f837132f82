package io.accessgraph.store.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.analysis.graph.EdgeKind;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaTest {
  @Test
  void derivedRelationshipTypesAreExactlyTheEdgeKinds() {
    assertThat(Stream.of(EdgeKind.values()).map(k -> RelType.of(k).name()))
        .containsExactly("CAN_ASSUME", "RUNS_AS", "CAN_ESCALATE");
    assertThat(RelType.derivedTypes())
        .containsExactlyInAnyOrder(
            RelType.CAN_ASSUME, RelType.RUNS_AS, RelType.CAN_ESCALATE, RelType.ADMIN_OF);
  }

  @Test
  void everyKeyedLabelHasAUniquenessConstraintCreatedOnlyIfMissing() {
    assertThat(Schema.statements()).allMatch(s -> s.contains(" IF NOT EXISTS "));
    for (NodeLabel label : NodeLabel.values()) {
      if (label.key() != null) {
        assertThat(Schema.statements())
            .contains(
                "CREATE CONSTRAINT "
                    + label.name().toLowerCase(java.util.Locale.ROOT)
                    + "_key IF NOT EXISTS FOR (n:"
                    + label.label()
                    + ") REQUIRE n."
                    + label.key()
                    + " IS UNIQUE");
      }
    }
    assertThat(Schema.statements())
        .contains("CREATE INDEX owned_owner IF NOT EXISTS FOR (n:Owned) ON (n.owner)");
  }
}
