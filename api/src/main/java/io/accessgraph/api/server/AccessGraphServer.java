package io.accessgraph.api.server;

import io.accessgraph.store.GraphStore;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.neo4j.Neo4jAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring Boot application. The command line opens the graph store first and hands it in, so the
 * embedded Neo4j is started once per process whether the server runs or not.
 */
@SpringBootApplication(exclude = Neo4jAutoConfiguration.class)
public class AccessGraphServer {

  public static ConfigurableApplicationContext start(GraphStore store, ServerSettings settings) {
    return start(store, settings, Map.of());
  }

  /**
   * @param extra Spring properties on top of the defaults, e.g. {@code server.ssl.*} or the token
   *     names of {@link io.accessgraph.api.server.security.ApiTokens}
   */
  public static ConfigurableApplicationContext start(
      GraphStore store, ServerSettings settings, Map<String, Object> extra) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("server.port", settings.port());
    properties.put("server.address", settings.bindAddress());
    properties.put("spring.main.banner-mode", "off");
    properties.put("spring.main.log-startup-info", false);
    properties.put("spring.jackson.default-property-inclusion", "non_null");
    properties.put("server.error.whitelabel.enabled", false);
    properties.put("logging.level.root", "WARN");
    properties.put("logging.level.io.accessgraph", "INFO");
    // Swagger UI reads the document from its own origin only; no external config URLs.
    properties.put("springdoc.api-docs.enabled", true);
    properties.put("springdoc.swagger-ui.enabled", true);
    properties.put("springdoc.swagger-ui.disable-swagger-default-url", true);
    properties.put("springdoc.swagger-ui.url", "/v3/api-docs");
    properties.put("springdoc.swagger-ui.config-url", "/v3/api-docs/swagger-config");
    properties.put("springdoc.swagger-ui.validator-url", "none");
    properties.put("springdoc.swagger-ui.try-it-out-enabled", true);
    properties.put("springdoc.swagger-ui.persist-authorization", false);
    properties.putAll(extra);
    return new SpringApplicationBuilder(AccessGraphServer.class)
        .web(WebApplicationType.SERVLET)
        .properties(properties)
        .initializers(
            context -> {
              context.getBeanFactory().registerSingleton("graphStore", store);
              context.getBeanFactory().registerSingleton("serverSettings", settings);
            })
        .run();
  }
}
