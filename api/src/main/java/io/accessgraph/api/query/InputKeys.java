package io.accessgraph.api.query;

import io.accessgraph.model.AccountIds;
import io.accessgraph.model.Arn;
import java.util.regex.Pattern;

/**
 * The forms a node may be named in: an ARN, an EC2 instance id, an access key id, or an
 * assumed-role session ARN as CloudTrail shows it. Checks the form only; whether the node exists is
 * the resolver's question (400 for a malformed key, 404 for an unknown one).
 */
final class InputKeys {
  static final Pattern INSTANCE_ID = Pattern.compile("i-[A-Za-z0-9]{1,32}");
  static final Pattern ACCESS_KEY_ID = Pattern.compile("(AKIA|ASIA)[A-Z0-9]{12,124}");
  private static final Pattern ACTION = Pattern.compile("[A-Za-z0-9-]{1,64}:[A-Za-z0-9*?]{1,128}");
  private static final Pattern OU_ID = Pattern.compile("(ou|r)-[a-z0-9-]{1,68}");

  /** What kind of key a well-formed input is. */
  enum Kind {
    ARN,
    SESSION_ARN,
    INSTANCE_ID,
    ACCESS_KEY_ID
  }

  private InputKeys() {}

  static Kind classify(String parameter, String input) {
    String value = present(parameter, input);
    if (INSTANCE_ID.matcher(value).matches()) {
      return Kind.INSTANCE_ID;
    }
    if (ACCESS_KEY_ID.matcher(value).matches()) {
      return Kind.ACCESS_KEY_ID;
    }
    Arn arn = Arn.tryParse(value);
    if (arn != null && !arn.resource().isEmpty() && printable(value)) {
      return "sts".equals(arn.service()) && arn.resource().startsWith("assumed-role/")
          ? Kind.SESSION_ARN
          : Kind.ARN;
    }
    throw new MalformedInputException(
        parameter,
        parameter
            + ": '"
            + shorten(value)
            + "' is not an ARN (arn:aws:iam::123456789012:role/NAME), an EC2 instance id"
            + " (i-0123456789abcdef0), an access key id (AKIA…) or an assumed-role session ARN"
            + " (arn:aws:sts::123456789012:assumed-role/ROLE/SESSION)");
  }

  /** An optional account id filter: null or 12 digits. */
  static String accountId(String parameter, String input) {
    if (input == null || input.isBlank()) {
      return null;
    }
    String value = input.strip();
    if (!AccountIds.isAccountId(value)) {
      throw new MalformedInputException(
          parameter, parameter + ": '" + shorten(value) + "' is not an AWS account id (12 digits)");
    }
    return value;
  }

  /** An optional OU or root id filter. */
  static String orgUnitId(String parameter, String input) {
    if (input == null || input.isBlank()) {
      return null;
    }
    String value = input.strip();
    if (!OU_ID.matcher(value).matches()) {
      throw new MalformedInputException(
          parameter,
          parameter
              + ": '"
              + shorten(value)
              + "' is not an organizational unit id (ou-ab12-cd34ef56) or root id (r-ab12)");
    }
    return value;
  }

  static String action(String input) {
    String value = present("action", input);
    if (!ACTION.matcher(value).matches()) {
      throw new MalformedInputException(
          "action",
          "action: '"
              + shorten(value)
              + "' is not an IAM action (service:Action, e.g. s3:GetObject)");
    }
    return value;
  }

  /** A resource ARN or {@code *}. */
  static String resource(String input) {
    String value = present("resource", input);
    if (!value.equals("*") && (Arn.tryParse(value) == null || !printable(value))) {
      throw new MalformedInputException(
          "resource",
          "resource: '" + shorten(value) + "' is not an ARN (arn:aws:s3:::bucket/key) or *");
    }
    return value;
  }

  static String present(String parameter, String input) {
    if (input == null || input.isBlank()) {
      throw new MalformedInputException(parameter, parameter + " is required");
    }
    if (input.length() > QueryLimits.MAX_INPUT_LENGTH) {
      throw new LimitExceededException(
          "inputLength",
          parameter + " is longer than " + QueryLimits.MAX_INPUT_LENGTH + " characters");
    }
    return input.strip();
  }

  static String shorten(String value) {
    return value.length() <= 120 ? value : value.substring(0, 119) + "…";
  }

  private static boolean printable(String value) {
    return value.chars().noneMatch(c -> c < 0x20 || c == 0x7f || Character.isWhitespace(c));
  }
}
