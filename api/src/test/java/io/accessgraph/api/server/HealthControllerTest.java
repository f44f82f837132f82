package io.accessgraph.api.server;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/** Slice test: health says up, how big the graph is, and whether the version is fully loaded. */
class HealthControllerTest {

  @Test
  void upWithNodeCountAndReadiness() throws Exception {
    GraphService graphs = SliceSupport.demoGraphs();
    when(graphs.ready()).thenReturn(false, true);
    var mvc = SliceSupport.mvc(new HealthController(graphs));

    mvc.perform(get("/api/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"))
        .andExpect(jsonPath("$.nodes").value(graphs.queries().graph().nodes().size()))
        .andExpect(jsonPath("$.ready").value(false));
    mvc.perform(get("/api/health")).andExpect(jsonPath("$.ready").value(true));
  }
}
