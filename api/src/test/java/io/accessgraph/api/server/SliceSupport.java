package io.accessgraph.api.server;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.accessgraph.api.query.AccessQueries;
import io.accessgraph.api.query.DemoQueries;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** MockMvc over one controller with the real problem mapping and the demo graph in memory. */
final class SliceSupport {
  private SliceSupport() {}

  static GraphService demoGraphs() {
    AccessQueries queries = DemoQueries.queries();
    GraphService graphs = mock(GraphService.class);
    when(graphs.queries()).thenReturn(queries);
    return graphs;
  }

  static MockMvc mvc(Object controller) {
    return MockMvcBuilders.standaloneSetup(controller)
        .setControllerAdvice(new ProblemAdvice())
        .build();
  }

  /** Strings that would change a graph if anything built Cypher from input. */
  static final String[] INJECTIONS = {
    "' OR 1=1 //",
    "\"}) MATCH (n) DETACH DELETE n //",
    "arn:aws:iam::111111111111:role/x' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //",
    "i-1'}) DETACH DELETE n RETURN 1 //",
    "${jndi:ldap://x}",
    "<script>alert(1)</script>"
  };
}
