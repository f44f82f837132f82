package io.accessgraph.api.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.analysis.escalation.AccessAnalyzer;
import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.AccessPath;
import io.accessgraph.analysis.graph.TraversalOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pruned walk finds exactly the paths of Yen's algorithm over the whole graph. */
class PathFinderTest {

  @Test
  void sameLoopFreePathsAsTheWholeGraphOnTheTinyGraph() {
    assertSameForAllPairs(TraversalsTest.GRAPH);
  }

  @Test
  void sameLoopFreePathsAsTheWholeGraphOnTheDemo() {
    assertSameForAllPairs(AccessGraph.of(AccessAnalyzer.analyze(DemoQueries.snapshot())));
  }

  private static void assertSameForAllPairs(AccessGraph graph) {
    List<String> arns = graph.nodes().stream().map(AccessNode::arn).toList();
    int compared = 0;
    for (TraversalOptions options :
        List.of(new TraversalOptions(2, true), new TraversalOptions(4, false))) {
      for (String from : arns) {
        for (String to : arns) {
          List<AccessPath> wholePaths = graph.paths(from, to, 50, options);
          List<AccessPath> prunedPaths = PathFinder.paths(graph, from, to, 50, options);
          assertThat(prunedPaths.stream().map(AccessPath::hops).toList())
              .as("shortest first: " + from + " -> " + to)
              .isEqualTo(wholePaths.stream().map(AccessPath::hops).toList());
          List<String> whole = render(wholePaths);
          List<String> pruned = render(prunedPaths);
          if (whole.size() < 50) {
            assertThat(pruned).as(from + " -> " + to).containsExactlyInAnyOrderElementsOf(whole);
            compared += whole.isEmpty() ? 0 : 1;
          }
        }
      }
    }
    assertThat(compared).isPositive();
  }

  private static List<String> render(List<AccessPath> paths) {
    List<String> out = new ArrayList<>();
    for (AccessPath p : paths) {
      out.add(
          p.edges().stream()
              .map(e -> e.from() + ">" + e.to() + "/" + e.method())
              .toList()
              .toString());
    }
    return out;
  }
}
