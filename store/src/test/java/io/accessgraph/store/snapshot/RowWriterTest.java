package io.accessgraph.store.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.store.schema.NodeLabel;
import io.accessgraph.store.schema.RelType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowWriterTest {
  @Test
  void buildsQueriesFromTheSchemaOnlyWithValuesAsParameters() {
    GraphRows rows = new GraphRows();
    rows.node(NodeLabel.ROLE, true, "arn:aws:iam::1:role/x'}) DELETE n", Map.of("name", "x"));
    rows.rel(
        RelType.TRUSTS,
        Refs.written(NodeLabel.ROLE, "arn:aws:iam::1:role/x"),
        PrincipalRef.of("AWS", "*").end(),
        TrustRows.MERGE_KEY,
        Map.of(TrustRows.MERGE_KEY, 0));

    GraphRows.NodeGroup nodes = List.copyOf(rows.nodes()).get(0);
    GraphRows.RelGroup rels = List.copyOf(rows.rels()).get(0);

    assertThat(RowWriter.nodeQuery(nodes))
        .isEqualTo(
            "UNWIND $rows AS row MERGE (n:Role {arn: row.key})"
                + " SET n:Owned, n += row.props, n.owner = $owner, n.updateTag = $tag");
    assertThat(RowWriter.relQuery(rels))
        .isEqualTo(
            "UNWIND $rows AS row MERGE (a:Role {arn: row.from}) ON CREATE SET a += row.fromStub"
                + " MERGE (b:AnyPrincipal {arn: row.to}) ON CREATE SET b += row.toStub"
                + " MERGE (a)-[r:TRUSTS {statementIndex: row.props.statementIndex}]->(b)"
                + " SET r += row.props, r.source = $owner, r.updateTag = $tag");
    assertThat(nodes.rows())
        .singleElement()
        .satisfies(r -> assertThat(r.get("key")).asString().contains("DELETE"));
  }

  @Test
  void refusesToOwnSharedNodes() {
    GraphRows rows = new GraphRows();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> rows.node(NodeLabel.SERVICE_PRINCIPAL, true, "ec2.amazonaws.com", Map.of()))
        .hasMessageContaining("ServicePrincipal nodes are shared");
  }
}
