package io.accessgraph.analysis.policy.compile;

import io.accessgraph.analysis.policy.condition.ContextKeys;
import io.accessgraph.analysis.policy.condition.Tri;
import io.accessgraph.analysis.policy.condition.Variables;
import io.accessgraph.analysis.policy.condition.Wildcard;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Resource (or NotResource) element. ARNs are case-sensitive. Patterns holding policy variables
 * are substituted per request from the context; the compiled result is cached, since the same
 * principal asks again and again.
 */
public final class ResourceMatcher {
  private static final int CACHE_LIMIT = 4096;

  private final List<String> written;
  private final Wildcard[] fixed;
  private final String[] templates;
  private final boolean matchesEverything;
  private final boolean principalVariablesOnly;
  private final Map<String, Wildcard> substituted = new ConcurrentHashMap<>();
  private final Map<Scope, Wildcard[]> byPrincipal = new ConcurrentHashMap<>();

  /** Identity of a principal's key map: equal only to itself, so lookups never compare maps. */
  private record Scope(Object keys) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Scope s && s.keys == keys;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(keys);
    }
  }

  private ResourceMatcher(List<String> written) {
    this.written = List.copyOf(written);
    this.fixed =
        written.stream()
            .filter(w -> !Variables.hasVariables(w))
            .map(Wildcard::compile)
            .toArray(Wildcard[]::new);
    this.templates = written.stream().filter(Variables::hasVariables).toArray(String[]::new);
    boolean any = false;
    for (Wildcard w : fixed) {
      any |= w.isAny();
    }
    this.matchesEverything = any;
    boolean principalOnly = true;
    for (String t : templates) {
      principalOnly &= onlyPrincipalVariables(t);
    }
    this.principalVariablesOnly = principalOnly;
  }

  /** Variables the principal alone fixes: substituting them once per principal is exact. */
  private static boolean onlyPrincipalVariables(String template) {
    int at = template.indexOf("${");
    while (at >= 0) {
      String rest = template.substring(at + 2).toLowerCase(java.util.Locale.ROOT);
      if (!(rest.startsWith("aws:username")
          || rest.startsWith("aws:userid")
          || rest.startsWith("aws:principal"))) {
        return false;
      }
      at = template.indexOf("${", at + 2);
    }
    return true;
  }

  public static ResourceMatcher of(List<String> resources) {
    return new ResourceMatcher(resources);
  }

  /**
   * TRUE when a pattern matches; UNKNOWN when only a pattern with a request-time variable might.
   */
  public Tri matches(String resource, ContextKeys context) {
    for (Wildcard w : fixed) {
      if (w.matches(resource)) {
        return Tri.TRUE;
      }
    }
    if (templates.length == 0) {
      return Tri.FALSE;
    }
    Object scope = principalVariablesOnly ? context.principalScope() : null;
    if (scope != null) {
      Wildcard[] bound = byPrincipal.get(new Scope(scope));
      if (bound == null && byPrincipal.size() < CACHE_LIMIT) {
        bound = bind(context);
        if (bound != null) {
          byPrincipal.put(new Scope(scope), bound);
        }
      }
      if (bound != null) {
        for (Wildcard w : bound) {
          if (w != null && w.matches(resource)) {
            return Tri.TRUE;
          }
        }
        return Tri.FALSE;
      }
    }
    Tri result = Tri.FALSE;
    for (String t : templates) {
      Variables.Substitution s = Variables.substitute(t, context);
      if (s.state() == Tri.TRUE) {
        Wildcard w = substituted.get(s.text());
        if (w == null) {
          w = Wildcard.compile(s.text());
          if (substituted.size() < CACHE_LIMIT) {
            substituted.put(s.text(), w);
          }
        }
        if (w.matches(resource)) {
          return Tri.TRUE;
        }
      } else if (s.state() == Tri.UNKNOWN) {
        result = Tri.UNKNOWN;
      }
    }
    return result;
  }

  /**
   * The templates substituted for one principal (null entries: a variable the principal lacks), or
   * null when a variable is unknown so the caller must decide per request.
   */
  private Wildcard[] bind(ContextKeys context) {
    Wildcard[] out = new Wildcard[templates.length];
    for (int i = 0; i < templates.length; i++) {
      Variables.Substitution s = Variables.substitute(templates[i], context);
      if (s.state() == Tri.UNKNOWN) {
        return null;
      }
      out[i] = s.state() == Tri.TRUE ? Wildcard.compile(s.text()) : null;
    }
    return out;
  }

  /** True for {@code "*"}: every resource. */
  public boolean matchesEverything() {
    return matchesEverything;
  }

  public List<String> written() {
    return written;
  }
}
