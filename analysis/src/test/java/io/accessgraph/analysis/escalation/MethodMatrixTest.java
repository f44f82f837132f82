package io.accessgraph.analysis.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.analysis.escalation.MethodFixture.Variant;
import io.accessgraph.analysis.escalation.catalog.EscalationMethod;
import io.accessgraph.analysis.escalation.catalog.MethodCatalog;
import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.analysis.graph.EdgeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule-found method of the catalog, each in the smallest organization where it holds, and
 * taken apart: one permission missing, the target excluded by the Resource, an explicit Deny in
 * another policy, an SCP Deny, a permissions boundary, a condition that cannot hold (no edge), and
 * an unresolved condition (a conditional edge).
 */
class MethodMatrixTest {
  private static final Set<String> BUILT_IN =
      Set.of("trust", "admin", "instance-role", "federation");

  static Stream<EscalationMethod> methods() {
    return MethodCatalog.all().stream().filter(m -> !BUILT_IN.contains(m.rule()));
  }

  static Stream<Arguments> missingPermissions() {
    List<Arguments> out = new ArrayList<>();
    methods()
        .forEach(
            m -> {
              for (int i = 0; i < m.permissions().size(); i++) {
                out.add(Arguments.of(m.id(), i, m.permissions().get(i)));
              }
            });
    return out.stream();
  }

  static Stream<Arguments> blocked() {
    List<Arguments> out = new ArrayList<>();
    for (Variant v :
        List.of(
            Variant.RESOURCE_EXCLUDED,
            Variant.DENY_IN_OTHER_POLICY,
            Variant.SCP_DENY,
            Variant.BOUNDARY,
            Variant.IMPOSSIBLE_CONDITION)) {
      methods().forEach(m -> out.add(Arguments.of(m.id(), v)));
    }
    return out.stream();
  }

  static Stream<String> methodIds() {
    return methods().map(EscalationMethod::id);
  }

  static Stream<String> existingResourceMethodIds() {
    return methods()
        .filter(m -> m.existingResource() != null && !m.rule().equals("instance"))
        .map(EscalationMethod::id);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methodIds")
  void holdsWithExactlyItsPermissions(String id) {
    MethodFixture f = MethodFixture.of(MethodCatalog.get(id), Variant.FULL, -1);

    List<AccessEdge> edges = of(f, id);

    assertThat(edges).as("%s: %s -> %s", id, f.source, f.target).hasSize(1);
    AccessEdge edge = edges.get(0);
    assertThat(edge.kind()).isEqualTo(EdgeKind.CAN_ESCALATE);
    assertThat(edge.conditional())
        .as("%s conditions %s", id, edge.conditions())
        .isEqualTo(f.expectConditional());
    for (String permission : f.targetActions()) {
      assertThat(edge.evidence())
          .as("evidence of %s names %s", id, permission)
          .anyMatch(l -> l.startsWith(permission + " on ") && l.contains(" allowed by "));
    }
    assertThat(MethodCatalog.get(id).steps(edge)).isNotEmpty();
  }

  @ParameterizedTest(name = "{0} without {2}")
  @MethodSource("missingPermissions")
  void anyMissingPermissionRemovesTheEdge(String id, int missing, String permission) {
    MethodFixture f = MethodFixture.of(MethodCatalog.get(id), Variant.FULL, missing);

    assertThat(of(f, id)).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("blocked")
  void blockedMethodsGiveNoEdge(String id, Variant variant) {
    MethodFixture f = MethodFixture.of(MethodCatalog.get(id), variant, -1);

    assertThat(of(f, id)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methodIds")
  void anUnresolvedConditionMakesTheEdgeConditional(String id) {
    MethodFixture f = MethodFixture.of(MethodCatalog.get(id), Variant.UNRESOLVED_CONDITION, -1);

    List<AccessEdge> edges = of(f, id);

    assertThat(edges).hasSize(1);
    assertThat(edges.get(0).conditional()).isTrue();
    assertThat(edges.get(0).conditions()).anyMatch(c -> c.contains("aws:SourceIp"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("existingResourceMethodIds")
  void withoutTheInventoryTheEdgeIsOnlyPotential(String id) {
    MethodFixture f = MethodFixture.of(MethodCatalog.get(id), Variant.NO_INVENTORY, -1);

    List<AccessEdge> edges = of(f, id);

    assertThat(edges).hasSize(1);
    assertThat(edges.get(0).conditional()).isTrue();
    assertThat(edges.get(0).conditions())
        .anyMatch(
            c ->
                c.startsWith("potential: the resource inventory of account 111111111111")
                    && c.contains(MethodCatalog.get(id).existingResource()));
  }

  private static List<AccessEdge> of(MethodFixture f, String method) {
    AccessGraphData data = f.org.analyze();
    return TestOrg.edges(data, f.source, f.target).stream()
        .filter(e -> e.method().equals(method))
        .toList();
  }
}
