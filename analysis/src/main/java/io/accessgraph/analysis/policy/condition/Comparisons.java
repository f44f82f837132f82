package io.accessgraph.analysis.policy.condition;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * The positive comparisons behind every operator family. Each returns false when the request value
 * cannot be read as the type (AWS: no match), and throws {@link IllegalArgumentException} when the
 * policy value cannot, which the caller reports as a policy problem.
 */
final class Comparisons {
  private Comparisons() {}

  static boolean compare(Operator.Comparison op, String request, String policy) {
    return switch (op) {
      case STRING_EQUALS -> request.equals(policy);
      case STRING_EQUALS_IGNORE_CASE -> request.equalsIgnoreCase(policy);
      case STRING_LIKE -> Wildcard.compile(policy).matches(request);
      case NUMERIC_EQUALS,
          NUMERIC_LESS_THAN,
          NUMERIC_LESS_THAN_EQUALS,
          NUMERIC_GREATER_THAN,
          NUMERIC_GREATER_THAN_EQUALS ->
          numeric(op, request, policy);
      case DATE_EQUALS,
          DATE_LESS_THAN,
          DATE_LESS_THAN_EQUALS,
          DATE_GREATER_THAN,
          DATE_GREATER_THAN_EQUALS ->
          date(op, request, policy);
      case BOOL -> bool(policy) == null ? fail("Bool", policy) : request.equalsIgnoreCase(policy);
      case BINARY_EQUALS -> binary(request, policy);
      case IP_ADDRESS -> ip(request, policy);
      case ARN_LIKE -> arnLike(request, policy);
      case NULL -> throw new IllegalStateException("Null is decided on presence, not values");
    };
  }

  private static boolean numeric(Operator.Comparison op, String request, String policy) {
    BigDecimal want = number(policy);
    if (want == null) {
      return fail("Numeric", policy);
    }
    BigDecimal got = number(request);
    if (got == null) {
      return false;
    }
    int c = got.compareTo(want);
    return switch (op) {
      case NUMERIC_EQUALS -> c == 0;
      case NUMERIC_LESS_THAN -> c < 0;
      case NUMERIC_LESS_THAN_EQUALS -> c <= 0;
      case NUMERIC_GREATER_THAN -> c > 0;
      default -> c >= 0;
    };
  }

  private static boolean date(Operator.Comparison op, String request, String policy) {
    Instant want = instant(policy);
    if (want == null) {
      return fail("Date", policy);
    }
    Instant got = instant(request);
    if (got == null) {
      return false;
    }
    int c = got.compareTo(want);
    return switch (op) {
      case DATE_EQUALS -> c == 0;
      case DATE_LESS_THAN -> c < 0;
      case DATE_LESS_THAN_EQUALS -> c <= 0;
      case DATE_GREATER_THAN -> c > 0;
      default -> c >= 0;
    };
  }

  private static BigDecimal number(String text) {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** ISO 8601 date-times or dates, or epoch seconds, the forms AWS accepts. */
  static Instant instant(String text) {
    String t = text.trim();
    try {
      if (t.matches("-?\\d+")) {
        return Instant.ofEpochSecond(Long.parseLong(t));
      }
      if (t.length() == 10) {
        return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
  }

  private static Boolean bool(String text) {
    if ("true".equalsIgnoreCase(text)) {
      return Boolean.TRUE;
    }
    return "false".equalsIgnoreCase(text) ? Boolean.FALSE : null;
  }

  private static boolean binary(String request, String policy) {
    try {
      return java.util.Arrays.equals(
          Base64.getDecoder().decode(request.trim()), Base64.getDecoder().decode(policy.trim()));
    } catch (IllegalArgumentException e) {
      return request.equals(policy);
    }
  }

  /** CIDR (v4 or v6) or a single address against a request address. */
  private static boolean ip(String request, String policy) {
    String net = policy.trim();
    int slash = net.indexOf('/');
    byte[] base = address(slash < 0 ? net : net.substring(0, slash));
    if (base == null) {
      return fail("IpAddress", policy);
    }
    int bits = base.length * 8;
    if (slash >= 0) {
      try {
        bits = Integer.parseInt(net.substring(slash + 1));
      } catch (NumberFormatException e) {
        return fail("IpAddress", policy);
      }
    }
    byte[] got = address(request.trim());
    if (got == null || got.length != base.length || bits < 0 || bits > base.length * 8) {
      return false;
    }
    for (int i = 0; i < bits; i++) {
      int mask = 0x80 >>> (i % 8);
      if ((got[i / 8] & mask) != (base[i / 8] & mask)) {
        return false;
      }
    }
    return true;
  }

  /** Parses literal addresses only: never resolves host names. */
  private static byte[] address(String text) {
    if (text.isEmpty() || !(text.indexOf(':') >= 0 || text.matches("[0-9.]+"))) {
      return null;
    }
    if (text.indexOf(':') < 0 && !text.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      return null;
    }
    if (text.indexOf(':') >= 0 && !text.matches("[0-9a-fA-F:.]+")) {
      return null;
    }
    try {
      return InetAddress.getByName(text).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /** ArnLike/ArnEquals: each of the six colon-separated parts is matched on its own. */
  static boolean arnLike(String request, String policy) {
    String[] want = policy.split(":", 6);
    String[] got = request.split(":", 6);
    if (want.length < 6) {
      return Wildcard.compile(policy).matches(request);
    }
    if (got.length < 6) {
      return false;
    }
    for (int i = 0; i < 6; i++) {
      if (!Wildcard.compile(want[i]).matches(got[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean fail(String family, String value) {
    throw new IllegalArgumentException(family + " condition value '" + value + "' is not valid");
  }
}
