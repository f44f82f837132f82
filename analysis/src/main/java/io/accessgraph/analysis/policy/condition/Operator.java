package io.accessgraph.analysis.policy.condition;

import java.util.Locale;

/**
 * An IAM condition operator split into its parts: the positive comparison, whether it is negated
 * (NotIpAddress, StringNotLike, ...), the {@code IfExists} suffix and the {@code ForAnyValue:} /
 * {@code ForAllValues:} set qualifier.
 */
record Operator(
    String name, Comparison comparison, boolean negated, boolean ifExists, SetQualifier qualifier) {

  enum SetQualifier {
    NONE,
    FOR_ANY_VALUE,
    FOR_ALL_VALUES
  }

  enum Comparison {
    STRING_EQUALS,
    STRING_EQUALS_IGNORE_CASE,
    STRING_LIKE,
    NUMERIC_EQUALS,
    NUMERIC_LESS_THAN,
    NUMERIC_LESS_THAN_EQUALS,
    NUMERIC_GREATER_THAN,
    NUMERIC_GREATER_THAN_EQUALS,
    DATE_EQUALS,
    DATE_LESS_THAN,
    DATE_LESS_THAN_EQUALS,
    DATE_GREATER_THAN,
    DATE_GREATER_THAN_EQUALS,
    BOOL,
    BINARY_EQUALS,
    IP_ADDRESS,
    ARN_LIKE,
    NULL
  }

  /** Returns null for an operator AWS does not define; the caller reports it. */
  static Operator parse(String written) {
    String rest = written.trim();
    SetQualifier qualifier = SetQualifier.NONE;
    String lower = rest.toLowerCase(Locale.ROOT);
    if (lower.startsWith("foranyvalue:")) {
      qualifier = SetQualifier.FOR_ANY_VALUE;
      rest = rest.substring("ForAnyValue:".length());
    } else if (lower.startsWith("forallvalues:")) {
      qualifier = SetQualifier.FOR_ALL_VALUES;
      rest = rest.substring("ForAllValues:".length());
    }
    boolean ifExists = false;
    if (rest.toLowerCase(Locale.ROOT).endsWith("ifexists")) {
      ifExists = true;
      rest = rest.substring(0, rest.length() - "IfExists".length());
    }
    String base = rest.toLowerCase(Locale.ROOT);
    boolean negated = false;
    Comparison comparison;
    switch (base) {
      case "stringequals" -> comparison = Comparison.STRING_EQUALS;
      case "stringnotequals" -> {
        comparison = Comparison.STRING_EQUALS;
        negated = true;
      }
      case "stringequalsignorecase" -> comparison = Comparison.STRING_EQUALS_IGNORE_CASE;
      case "stringnotequalsignorecase" -> {
        comparison = Comparison.STRING_EQUALS_IGNORE_CASE;
        negated = true;
      }
      case "stringlike" -> comparison = Comparison.STRING_LIKE;
      case "stringnotlike" -> {
        comparison = Comparison.STRING_LIKE;
        negated = true;
      }
      case "numericequals" -> comparison = Comparison.NUMERIC_EQUALS;
      case "numericnotequals" -> {
        comparison = Comparison.NUMERIC_EQUALS;
        negated = true;
      }
      case "numericlessthan" -> comparison = Comparison.NUMERIC_LESS_THAN;
      case "numericlessthanequals" -> comparison = Comparison.NUMERIC_LESS_THAN_EQUALS;
      case "numericgreaterthan" -> comparison = Comparison.NUMERIC_GREATER_THAN;
      case "numericgreaterthanequals" -> comparison = Comparison.NUMERIC_GREATER_THAN_EQUALS;
      case "dateequals" -> comparison = Comparison.DATE_EQUALS;
      case "datenotequals" -> {
        comparison = Comparison.DATE_EQUALS;
        negated = true;
      }
      case "datelessthan" -> comparison = Comparison.DATE_LESS_THAN;
      case "datelessthanequals" -> comparison = Comparison.DATE_LESS_THAN_EQUALS;
      case "dategreaterthan" -> comparison = Comparison.DATE_GREATER_THAN;
      case "dategreaterthanequals" -> comparison = Comparison.DATE_GREATER_THAN_EQUALS;
      case "bool" -> comparison = Comparison.BOOL;
      case "binaryequals" -> comparison = Comparison.BINARY_EQUALS;
      case "ipaddress" -> comparison = Comparison.IP_ADDRESS;
      case "notipaddress" -> {
        comparison = Comparison.IP_ADDRESS;
        negated = true;
      }
      case "arnequals", "arnlike" -> comparison = Comparison.ARN_LIKE;
      case "arnnotequals", "arnnotlike" -> {
        comparison = Comparison.ARN_LIKE;
        negated = true;
      }
      case "null" -> comparison = Comparison.NULL;
      default -> {
        return null;
      }
    }
    if (comparison == Comparison.NULL && (ifExists || qualifier != SetQualifier.NONE)) {
      return null;
    }
    return new Operator(written, comparison, negated, ifExists, qualifier);
  }
}
