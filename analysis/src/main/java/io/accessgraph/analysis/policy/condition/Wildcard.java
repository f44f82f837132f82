package io.accessgraph.analysis.policy.condition;

/**
 * A compiled IAM wildcard pattern ({@code *} any run, {@code ?} one character). Most patterns in
 * real policies are exact, "*", or a prefix followed by "*", so those get a constant-time path.
 */
public final class Wildcard {
  private enum Shape {
    ANY,
    EXACT,
    PREFIX,
    GENERAL
  }

  private final String pattern;
  private final Shape shape;
  private final String prefix;

  private Wildcard(String pattern) {
    this.pattern = pattern;
    int star = pattern.indexOf('*');
    boolean hasQuestion = pattern.indexOf('?') >= 0;
    if ("*".equals(pattern)) {
      shape = Shape.ANY;
      prefix = "";
    } else if (star < 0 && !hasQuestion) {
      shape = Shape.EXACT;
      prefix = pattern;
    } else if (!hasQuestion && star == pattern.length() - 1) {
      shape = Shape.PREFIX;
      prefix = pattern.substring(0, star);
    } else {
      shape = Shape.GENERAL;
      prefix = "";
    }
  }

  public static Wildcard compile(String pattern) {
    return new Wildcard(pattern);
  }

  public String pattern() {
    return pattern;
  }

  public boolean isAny() {
    return shape == Shape.ANY;
  }

  public boolean hasWildcards() {
    return shape != Shape.EXACT;
  }

  public boolean matches(String text) {
    return switch (shape) {
      case ANY -> true;
      case EXACT -> pattern.equals(text);
      case PREFIX -> text.startsWith(prefix);
      case GENERAL -> general(text);
    };
  }

  /** Iterative glob match with single backtracking point: linear in practice, no recursion. */
  private boolean general(String text) {
    int p = 0;
    int t = 0;
    int starP = -1;
    int starT = 0;
    int pn = pattern.length();
    int tn = text.length();
    while (t < tn) {
      if (p < pn && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
        p++;
        t++;
      } else if (p < pn && pattern.charAt(p) == '*') {
        starP = p++;
        starT = t;
      } else if (starP >= 0) {
        p = starP + 1;
        t = ++starT;
      } else {
        return false;
      }
    }
    while (p < pn && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pn;
  }

  @Override
  public String toString() {
    return pattern;
  }
}
