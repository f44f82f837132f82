package io.accessgraph.api.server;

import io.accessgraph.store.GraphStore;
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
    return new SpringApplicationBuilder(AccessGraphServer.class)
        .web(WebApplicationType.SERVLET)
        .properties(
            Map.of(
                "server.port", settings.port(),
                "server.address", settings.bindAddress(),
                "spring.main.banner-mode", "off",
                "spring.jackson.default-property-inclusion", "non_null",
                "server.error.whitelabel.enabled", false,
                "logging.level.root", "WARN",
                "logging.level.io.accessgraph", "INFO"))
        .initializers(
            context -> {
              context.getBeanFactory().registerSingleton("graphStore", store);
              context.getBeanFactory().registerSingleton("serverSettings", settings);
            })
        .run();
  }
}
