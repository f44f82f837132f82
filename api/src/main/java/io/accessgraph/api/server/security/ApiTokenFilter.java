package io.accessgraph.api.server.security;

import io.accessgraph.api.server.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requires {@code Authorization: Bearer TOKEN} on every {@code /api} request but the health check.
 * The token's role is left on the request for the controllers that need an operator.
 */
public final class ApiTokenFilter extends OncePerRequestFilter {
  public static final String ROLE_ATTRIBUTE = "accessgraph.tokenRole";
  private static final String BEARER = "Bearer ";

  private final ApiTokens tokens;

  public ApiTokenFilter(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !path.startsWith("/api/") || path.equals("/api/health");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.startsWith(BEARER)) {
      response.setHeader("WWW-Authenticate", "Bearer");
      ProblemWriter.write(
          response, 401, "Unauthorized", "send the API token as 'Authorization: Bearer TOKEN'");
      return;
    }
    Optional<TokenRole> role = tokens.roleOf(header.substring(BEARER.length()).strip());
    if (role.isEmpty()) {
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      ProblemWriter.write(response, 401, "Unauthorized", "the API token is not valid");
      return;
    }
    request.setAttribute(ROLE_ATTRIBUTE, role.get());
    chain.doFilter(request, response);
  }
}
