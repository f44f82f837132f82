package io.accessgraph.api.server.security;

import io.accessgraph.api.server.ServerSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/** Wires the token and header filters, headers first so even a 401 carries them. */
@Configuration
public class SecurityConfiguration {

  /**
   * Tokens from the environment variables, or the same names as Spring properties (system
   * properties, application properties), so deployments can use either.
   */
  @Bean
  ApiTokens apiTokens(ServerSettings settings, Environment environment) {
    Map<String, String> configured = new HashMap<>();
    for (String key : List.of(ApiTokens.OPERATOR_VARIABLE, ApiTokens.READER_VARIABLE)) {
      String value = environment.getProperty(key);
      if (value != null) {
        configured.put(key, value);
      }
    }
    return ApiTokens.resolve(configured, settings.dataDir());
  }

  @Bean
  FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
    FilterRegistrationBean<SecurityHeadersFilter> bean =
        new FilterRegistrationBean<>(new SecurityHeadersFilter());
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return bean;
  }

  @Bean
  FilterRegistrationBean<ApiTokenFilter> apiTokenFilter(ApiTokens tokens) {
    FilterRegistrationBean<ApiTokenFilter> bean =
        new FilterRegistrationBean<>(new ApiTokenFilter(tokens));
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return bean;
  }
}
