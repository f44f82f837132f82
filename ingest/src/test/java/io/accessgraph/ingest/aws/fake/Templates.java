package io.accessgraph.ingest.aws.fake;

import io.accessgraph.model.Arn;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills the placeholders of a fixture body from the request. */
final class Templates {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)(?::([\\w.]+))?}}");

  private Templates() {}

  static String apply(String body, FakeRequest request) {
    Matcher m = PLACEHOLDER.matcher(body);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), m.group(2), request)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String value(String name, String arg, FakeRequest request) {
    return switch (name) {
      case "caller" -> request.account();
      case "region" -> request.region();
      case "param" -> required(request.param(arg), arg);
      case "arnAccount" -> Arn.parse(required(request.param(arg), arg)).account();
      default -> throw new FakeProtocolException("unknown fixture placeholder {{" + name + "}}");
    };
  }

  private static String required(String value, String param) {
    if (value == null) {
      throw new FakeProtocolException("fixture needs request parameter " + param);
    }
    return value;
  }
}
