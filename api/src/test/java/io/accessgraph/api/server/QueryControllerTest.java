package io.accessgraph.api.server;

import static io.accessgraph.api.query.DemoQueries.INSTANCE;
import static io.accessgraph.api.query.DemoQueries.INSTANCE_ARN;
import static io.accessgraph.api.query.DemoQueries.PROD_DEPLOY_ROLE;
import static io.accessgraph.api.query.DemoQueries.WEB_APP_ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Slice test: the query endpoints, their parameters and their errors. */
class QueryControllerTest {
  private final MockMvc mvc =
      SliceSupport.mvc(
          new QueryController(SliceSupport.demoGraphs(), new QueryExecutor(10_000, () -> true)));

  @Test
  void pathsTakeAnInstanceIdAndAnswerTheKShortestPaths() throws Exception {
    mvc.perform(get("/api/paths").param("from", INSTANCE).param("to", PROD_DEPLOY_ROLE))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.from").value(INSTANCE_ARN))
        .andExpect(jsonPath("$.paths[0].hops").value(2))
        .andExpect(jsonPath("$.paths[0].edges[1].method").value("sts-001"));
  }

  @Test
  void blastRadiusHasTheShapeOfIssue4() throws Exception {
    mvc.perform(get("/api/blast-radius").param("from", INSTANCE))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.source").value(INSTANCE_ARN))
        .andExpect(jsonPath("$.reachable[?(@.arn == '%s')].admin", PROD_DEPLOY_ROLE).value(true))
        .andExpect(jsonPath("$.reachable[0].path[0].from").value(INSTANCE_ARN))
        .andExpect(jsonPath("$.reachable[0].path[0].conditional").value(false))
        .andExpect(jsonPath("$.accounts[?(@.id == '444444444444')].admin").value(true))
        .andExpect(jsonPath("$.permissions.s3").isArray());
  }

  @Test
  void whoCanReachEscalationsAdminsPermissionsAndFindings() throws Exception {
    mvc.perform(get("/api/who-can-reach").param("adminOf", "444444444444"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.target").value("admin-of:444444444444"));
    mvc.perform(get("/api/escalations").param("account", "555555555555"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.escalations[?(@.principal == '%s')].hops", INSTANCE_ARN).value(2));
    mvc.perform(get("/api/admins").param("account", "444444444444"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.admins[?(@.principal == '%s')]", PROD_DEPLOY_ROLE).exists());
    mvc.perform(get("/api/permissions").param("principal", WEB_APP_ROLE))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.principal").value(WEB_APP_ROLE));
    mvc.perform(get("/api/findings").param("severity", "HIGH"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.findings").isArray());
  }

  @Test
  void canTakesRepeatedContextPairs() throws Exception {
    mvc.perform(
            get("/api/can")
                .param("principal", WEB_APP_ROLE)
                .param("action", "sts:AssumeRole")
                .param("resource", PROD_DEPLOY_ROLE)
                .param("context", "aws:SourceIp=203.0.113.7", "aws:MultiFactorAuthPresent=true"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.decision").value("ALLOW"))
        .andExpect(jsonPath("$.evidence").isArray())
        .andExpect(jsonPath("$.conditions").isArray());
    mvc.perform(
            get("/api/can")
                .param("principal", WEB_APP_ROLE)
                .param("action", "sts:AssumeRole")
                .param("resource", PROD_DEPLOY_ROLE)
                .param("context", "no-equals-sign"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("KEY=VALUE")));
  }

  @ParameterizedTest
  @CsvSource({
    "k,0,k must be between 1 and 20",
    "k,1000,k must be between 1 and 20",
    "k,-5,k must be between 1 and 20",
    "maxHops,17,maxHops must be between 1 and 16",
    "maxHops,-2147483648,maxHops must be between 1 and 16",
    "k,99999999999999999999,parameter 'k' must be a whole number",
    "maxHops,two,parameter 'maxHops' must be a whole number",
    "conditional,maybe,parameter 'conditional' must be true or false"
  })
  void limitsAndBadNumbersAre400sThatSayWhich(String param, String value, String message)
      throws Exception {
    mvc.perform(
            get("/api/paths")
                .param("from", INSTANCE)
                .param("to", PROD_DEPLOY_ROLE)
                .param(param, value))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(message)));
  }

  @Test
  void malformedUnknownAndMissingNodes() throws Exception {
    mvc.perform(get("/api/blast-radius").param("from", "role/admin"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.title").value("Malformed parameter"))
        .andExpect(jsonPath("$.parameter").value("from"))
        .andExpect(
            jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("is not an ARN")));
    mvc.perform(get("/api/blast-radius").param("from", "arn:aws:iam::999999999999:role/nobody"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get("/api/blast-radius"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("parameter 'from' is required"));
  }

  @Test
  void unknownParametersAreIgnored() throws Exception {
    mvc.perform(get("/api/blast-radius").param("from", INSTANCE).param("colour", "blue"))
        .andExpect(status().isOk());
  }

  @Test
  void injectionStringsInEveryParameterAreRejectedOrUnknownNeverAServerError() throws Exception {
    List<String[]> requests =
        List.of(
            new String[] {"/api/paths", "from", "to", "k", "maxHops"},
            new String[] {"/api/blast-radius", "from", "maxHops", "conditional"},
            new String[] {"/api/who-can-reach", "to", "adminOf"},
            new String[] {"/api/escalations", "account", "ou"},
            new String[] {"/api/findings", "severity", "type", "account"},
            new String[] {"/api/can", "principal", "action", "resource", "context"},
            new String[] {"/api/admins", "account"},
            new String[] {"/api/permissions", "principal"});
    for (String[] r : requests) {
      for (int i = 1; i < r.length; i++) {
        for (String injection : SliceSupport.INJECTIONS) {
          var request = get(r[0]);
          for (int j = 1; j < r.length; j++) {
            request.param(r[j], j == i ? injection : valid(r[j]));
          }
          int status = mvc.perform(request).andReturn().getResponse().getStatus();
          assertThat(status).as(r[0] + " " + r[i] + "=" + injection).isIn(200, 400, 404);
        }
      }
    }
  }

  private static String valid(String parameter) {
    return switch (parameter) {
      case "from", "principal" -> INSTANCE;
      case "to", "resource" -> PROD_DEPLOY_ROLE;
      case "k" -> "2";
      case "maxHops" -> "8";
      case "conditional" -> "true";
      case "adminOf", "account" -> "444444444444";
      case "ou" -> "ou-acme-prod";
      case "action" -> "sts:AssumeRole";
      case "context" -> "aws:SourceIp=203.0.113.7";
      default -> "HIGH";
    };
  }
}
