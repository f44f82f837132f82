package io.accessgraph.analysis.policy.condition;

import io.accessgraph.model.policy.Condition;
import java.util.List;
import java.util.Locale;

/**
 * One operator-key pair, compiled. Evaluation follows the IAM reference: OR across the policy
 * values (NOR for negated operators), a missing key makes positive operators false and negated ones
 * true, {@code IfExists} and {@code ForAllValues} pass on a missing key, {@code Null} tests
 * presence. A key only the request can supply makes the condition UNKNOWN.
 */
public final class CompiledCondition {
  private final Condition source;
  private final Operator operator;
  private final String lowerKey;
  private final String[] values;
  private final boolean valuesHaveVariables;
  private final Wildcard[] likePatterns;
  private final String problem;
  private final String description;

  private CompiledCondition(Condition source) {
    this.source = source;
    this.lowerKey = source.key().toLowerCase(Locale.ROOT);
    this.values = source.values().toArray(String[]::new);
    this.operator = Operator.parse(source.operator());
    boolean vars = false;
    for (String v : values) {
      vars |= Variables.hasVariables(v);
    }
    this.valuesHaveVariables = vars;
    this.likePatterns = compileLike();
    this.description = source.operator() + " " + source.key() + " " + source.values();
    this.problem = validate();
  }

  public static CompiledCondition compile(Condition condition) {
    return new CompiledCondition(condition);
  }

  /** Non-null when the condition cannot be evaluated (unknown operator, invalid value). */
  public String problem() {
    return problem;
  }

  public String key() {
    return source.key();
  }

  /** The condition as one readable line, e.g. {@code StringEquals sts:ExternalId [abc]}. */
  public String describe() {
    return description;
  }

  public Tri evaluate(ContextKeys context) {
    if (problem != null) {
      return Tri.UNKNOWN;
    }
    List<String> present = context.lookup(lowerKey);
    if (operator.comparison() == Operator.Comparison.NULL) {
      return nullCheck(present);
    }
    if (present == null) {
      return Tri.UNKNOWN;
    }
    if (present.isEmpty()) {
      if (operator.ifExists() || operator.qualifier() == Operator.SetQualifier.FOR_ALL_VALUES) {
        return Tri.TRUE;
      }
      if (operator.qualifier() == Operator.SetQualifier.FOR_ANY_VALUE) {
        return Tri.FALSE;
      }
      return Tri.of(operator.negated());
    }
    return switch (operator.qualifier()) {
      case FOR_ALL_VALUES -> {
        Tri all = Tri.TRUE;
        for (String v : present) {
          all = all.and(single(v, context));
        }
        yield all;
      }
      case FOR_ANY_VALUE -> {
        Tri any = Tri.FALSE;
        for (String v : present) {
          any = any.or(single(v, context));
        }
        yield any;
      }
      case NONE -> {
        // A multi-valued key without a qualifier: any request value matching counts, as AWS does.
        Tri any = Tri.FALSE;
        for (String v : present) {
          any = any.or(positive(v, context));
        }
        yield operator.negated() ? any.not() : any;
      }
    };
  }

  private Tri nullCheck(List<String> present) {
    if (present == null) {
      return Tri.UNKNOWN;
    }
    boolean absent = present.isEmpty();
    Tri any = Tri.FALSE;
    for (String v : values) {
      any = any.or(Tri.of("true".equalsIgnoreCase(v) == absent));
    }
    return any;
  }

  /** One request value against all policy values, negation applied (NOR for negated). */
  private Tri single(String requestValue, ContextKeys context) {
    Tri any = positive(requestValue, context);
    return operator.negated() ? any.not() : any;
  }

  private Tri positive(String requestValue, ContextKeys context) {
    Tri any = Tri.FALSE;
    for (int i = 0; i < values.length && any != Tri.TRUE; i++) {
      any = any.or(matchOne(requestValue, i, context));
    }
    return any;
  }

  private Tri matchOne(String requestValue, int i, ContextKeys context) {
    if (likePatterns != null && likePatterns[i] != null) {
      return Tri.of(likePatterns[i].matches(requestValue));
    }
    String policyValue = values[i];
    if (valuesHaveVariables && Variables.hasVariables(policyValue)) {
      Variables.Substitution s = Variables.substitute(policyValue, context);
      if (s.state() != Tri.TRUE) {
        return s.state();
      }
      policyValue = s.text();
    }
    try {
      return Tri.of(Comparisons.compare(operator.comparison(), requestValue, policyValue));
    } catch (IllegalArgumentException e) {
      return Tri.UNKNOWN;
    }
  }

  private Wildcard[] compileLike() {
    if (operator == null || operator.comparison() != Operator.Comparison.STRING_LIKE) {
      return null;
    }
    Wildcard[] out = new Wildcard[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Variables.hasVariables(values[i]) ? null : Wildcard.compile(values[i]);
    }
    return out;
  }

  private String validate() {
    if (operator == null) {
      return "unknown condition operator '" + source.operator() + "' on " + source.key();
    }
    if (values.length == 0) {
      return "condition " + describe() + " has no values";
    }
    if (operator.comparison() == Operator.Comparison.NULL) {
      for (String v : values) {
        if (!"true".equalsIgnoreCase(v) && !"false".equalsIgnoreCase(v)) {
          return "Null condition on " + source.key() + " has value '" + v + "', not true/false";
        }
      }
      return null;
    }
    for (String v : values) {
      if (Variables.hasVariables(v)) {
        continue;
      }
      try {
        Comparisons.compare(operator.comparison(), sample(), v);
      } catch (IllegalArgumentException e) {
        return e.getMessage() + " (" + source.operator() + " on " + source.key() + ")";
      }
    }
    return null;
  }

  /** A request value of the right type, so validation exercises the policy value's parser. */
  private String sample() {
    return switch (operator.comparison()) {
      case NUMERIC_EQUALS,
          NUMERIC_LESS_THAN,
          NUMERIC_LESS_THAN_EQUALS,
          NUMERIC_GREATER_THAN,
          NUMERIC_GREATER_THAN_EQUALS ->
          "0";
      case DATE_EQUALS,
          DATE_LESS_THAN,
          DATE_LESS_THAN_EQUALS,
          DATE_GREATER_THAN,
          DATE_GREATER_THAN_EQUALS ->
          "2020-01-01T00:00:00Z";
      case IP_ADDRESS -> "10.0.0.1";
      default -> "x";
    };
  }
}
