package io.accessgraph.api.server;

import static io.accessgraph.api.query.DemoQueries.INSTANCE;
import static io.accessgraph.api.query.DemoQueries.INSTANCE_ARN;
import static io.accessgraph.api.query.DemoQueries.PROD_DEPLOY_ROLE;
import static io.accessgraph.api.query.DemoQueries.WEB_APP_ROLE;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;

/** Slice test: Cytoscape JSON for a neighbourhood, paths and a blast radius. */
class GraphControllerTest {
  private final MockMvc mvc =
      SliceSupport.mvc(
          new GraphController(SliceSupport.demoGraphs(), new QueryExecutor(10_000, () -> true)));

  @Test
  void wholeGraph() throws Exception {
    mvc.perform(get("/api/graph"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.truncated").value(false))
        .andExpect(jsonPath("$.nodes[?(@.data.id == 'account:444444444444')]").exists());
  }

  @Test
  void neighbourhoodOfOneHop() throws Exception {
    mvc.perform(get("/api/graph/node").param("id", WEB_APP_ROLE))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.nodes[0].data.id").value(WEB_APP_ROLE))
        .andExpect(jsonPath("$.nodes[?(@.data.id == '%s')]", INSTANCE_ARN).exists())
        .andExpect(jsonPath("$.nodes[?(@.data.id == '%s')]", PROD_DEPLOY_ROLE).exists())
        .andExpect(jsonPath("$.edges[?(@.data.kind == 'RUNS_AS')]").exists());
    mvc.perform(get("/api/graph/node").param("id", WEB_APP_ROLE).param("depth", "9"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.limit").value("depth"));
  }

  @Test
  void pathsAndBlastRadius() throws Exception {
    mvc.perform(get("/api/graph/paths").param("from", INSTANCE).param("to", PROD_DEPLOY_ROLE))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.edges.length()").value(2))
        .andExpect(jsonPath("$.truncated").value(false));
    mvc.perform(get("/api/graph/blast-radius").param("from", INSTANCE))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.nodes[0].data.id").value(INSTANCE_ARN))
        .andExpect(
            jsonPath("$.nodes[?(@.data.id == '%s')].data.admin", PROD_DEPLOY_ROLE).value(true));
  }
}
