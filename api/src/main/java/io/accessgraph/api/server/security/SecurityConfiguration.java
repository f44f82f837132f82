package io.accessgraph.api.server.security;

import io.accessgraph.api.server.ServerSettings;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Wires the token and header filters, headers first so even a 401 carries them. */
@Configuration
public class SecurityConfiguration {

  @Bean
  ApiTokens apiTokens(ServerSettings settings) {
    return ApiTokens.resolve(System.getenv(), settings.dataDir());
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
