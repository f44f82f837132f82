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
  private final Map<String, Wildcard> substituted = new ConcurrentHashMap<>();

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

  /** True for {@code "*"}: every resource. */
  public boolean matchesEverything() {
    return matchesEverything;
  }

  public List<String> written() {
    return written;
  }
}
