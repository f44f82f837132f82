package io.accessgraph.api.server.security;

import jakarta.servlet.http.HttpServletRequest;

/** Checks the role the token filter left on the request. */
public final class Roles {
  private Roles() {}

  /**
   * @throws OperatorRequiredException unless the request carries an operator token
   */
  public static void requireOperator(HttpServletRequest request, String what) {
    if (request.getAttribute(ApiTokenFilter.ROLE_ATTRIBUTE) != TokenRole.OPERATOR) {
      throw new OperatorRequiredException(what);
    }
  }
}
