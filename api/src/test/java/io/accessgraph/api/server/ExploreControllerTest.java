package io.accessgraph.api.server;

import static io.accessgraph.api.query.DemoQueries.INSTANCE;
import static io.accessgraph.api.query.DemoQueries.WEB_APP_ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;

/** Slice test: organization tree, search and node detail. */
class ExploreControllerTest {
  private final MockMvc mvc =
      SliceSupport.mvc(
          new ExploreController(SliceSupport.demoGraphs(), new QueryExecutor(10_000, () -> true)));

  @Test
  void organizationTreeWithCounts() throws Exception {
    mvc.perform(get("/api/organization"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value("o-acme0demo1"))
        .andExpect(jsonPath("$.roots[0].units").isArray())
        .andExpect(jsonPath("$..accounts[?(@.id == '444444444444')].counts.admins").isNotEmpty());
  }

  @Test
  void searchIsPaginated() throws Exception {
    mvc.perform(get("/api/search").param("q", "deploy").param("size", "1").param("page", "1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page").value(1))
        .andExpect(jsonPath("$.size").value(1))
        .andExpect(jsonPath("$.items.length()").value(1));
    mvc.perform(get("/api/search").param("q", "deploy").param("size", "5000"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.limit").value("size"));
  }

  @Test
  void nodeDetailWithPagedEdges() throws Exception {
    mvc.perform(get("/api/node").param("id", WEB_APP_ROLE).param("size", "1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("ROLE"))
        .andExpect(jsonPath("$.trustPolicy.Statement").isArray())
        .andExpect(jsonPath("$.policies[0].document.Statement").isArray())
        .andExpect(jsonPath("$.inbound.edges.length()").value(1))
        .andExpect(jsonPath("$.outbound.edges.length()").value(1));
    mvc.perform(get("/api/node").param("id", INSTANCE))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.runsAs[0]").value(WEB_APP_ROLE));
  }

  @Test
  void badAndInjectedInputNeverFails500() throws Exception {
    mvc.perform(get("/api/node").param("id", "nonsense"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("is not an ARN")));
    for (String injection : SliceSupport.INJECTIONS) {
      for (String[] r :
          new String[][] {
            {"/api/search", "q"},
            {"/api/node", "id"},
            {"/api/node", "page"},
            {"/api/search", "size"}
          }) {
        var request = get(r[0]).param(r[1], injection);
        if (!r[1].equals("id") && r[0].equals("/api/node")) {
          request.param("id", WEB_APP_ROLE);
        }
        if (!r[1].equals("q") && r[0].equals("/api/search")) {
          request.param("q", "deploy");
        }
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        assertThat(status).as(r[0] + " " + r[1] + "=" + injection).isIn(200, 400, 404);
      }
    }
  }
}
