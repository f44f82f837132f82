package io.accessgraph.api.server;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /v3/api-docs}) and Swagger UI ({@code /swagger-ui/index.html}):
 * every operation needs the bearer token unless it says otherwise (health).
 */
@Configuration
public class OpenApiConfiguration {
  static final String BEARER = "bearer";

  @Bean
  OpenAPI accessGraphOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("accessgraph API")
                .version("1")
                .description(
                    "Who can become whom across an AWS Organization. Send the API token as"
                        + " 'Authorization: Bearer TOKEN'. Errors are application/problem+json."))
        .components(
            new Components()
                .addSecuritySchemes(
                    BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }
}
