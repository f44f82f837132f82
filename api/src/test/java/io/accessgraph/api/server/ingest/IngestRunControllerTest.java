package io.accessgraph.api.server.ingest;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.accessgraph.api.server.ProblemAdvice;
import io.accessgraph.api.server.security.ApiTokenFilter;
import io.accessgraph.api.server.security.TokenRole;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** Slice test: who may start runs, request validation, conflict and unknown runs. */
class IngestRunControllerTest {
  private final IngestRuns runs = mock(IngestRuns.class);
  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(new IngestRunController(runs))
          .setControllerAdvice(new ProblemAdvice())
          .build();

  static final IngestRunView QUEUED =
      new IngestRunView(
          "r1",
          "offline /x",
          "QUEUED",
          "queued",
          0,
          0,
          Instant.EPOCH,
          null,
          List.of(),
          List.of(),
          null);

  @Test
  void aReaderCannotStartAnIngest() throws Exception {
    mvc.perform(start("{\"source\":\"offline\",\"dir\":\"/tmp\"}", TokenRole.READER))
        .andExpect(status().isForbidden())
        .andExpect(
            jsonPath("$.detail")
                .value("starting an ingest needs an operator token; this token is a reader token"));
    verify(runs, never()).start(any());
  }

  @Test
  void anOperatorStartsOneAndGetsItsLocation() throws Exception {
    when(runs.start(any())).thenReturn(QUEUED);

    mvc.perform(start("{\"source\":\"offline\",\"dir\":\"/tmp\"}", TokenRole.OPERATOR))
        .andExpect(status().isAccepted())
        .andExpect(header().string("Location", "/api/ingest-runs/r1"))
        .andExpect(jsonPath("$.state").value("QUEUED"));
  }

  @Test
  void unknownFieldsAndBrokenJsonAre400() throws Exception {
    mvc.perform(start("{\"source\":\"offline\",\"directory\":\"/tmp\"}", TokenRole.OPERATOR))
        .andExpect(status().isBadRequest());
    mvc.perform(start("{\"source\":", TokenRole.OPERATOR)).andExpect(status().isBadRequest());
  }

  @Test
  void invalidRequestsConflictsAndUnknownRuns() throws Exception {
    when(runs.start(any()))
        .thenThrow(new IllegalArgumentException("source must be \"offline\" or \"aws\", was x"))
        .thenThrow(new IngestRunConflictException("r0"));
    when(runs.get("nope")).thenThrow(new UnknownIngestRunException("nope"));

    mvc.perform(start("{\"source\":\"x\"}", TokenRole.OPERATOR))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("source must be \"offline\" or \"aws\", was x"));
    mvc.perform(start("{\"source\":\"offline\",\"dir\":\"/tmp\"}", TokenRole.OPERATOR))
        .andExpect(status().isConflict());
    mvc.perform(get("/api/ingest-runs/nope")).andExpect(status().isNotFound());
  }

  @Test
  void requestValidationNamesTheField() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new IngestRequest(
                        "offline", null, null, null, null, null, null, null, null, null, null)
                    .validate())
        .hasMessage("dir is required for an offline ingest");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new IngestRequest(
                        "offline",
                        "/does/not/exist",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)
                    .validate())
        .hasMessageContaining("is not a directory on the server");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new IngestRequest(
                        "aws", null, null, null, null, null, null, List.of("12"), null, null, null)
                    .validate())
        .hasMessageContaining("is not an AWS account id");
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder start(
      String body, TokenRole role) {
    return post("/api/ingest-runs")
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .requestAttr(ApiTokenFilter.ROLE_ATTRIBUTE, role);
  }
}
