package io.accessgraph.ingest.aws.fake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A raw response file, named {@code <Action>[@<variant>...][.<status>].<xml|json>}: the variants
 * must all match values of the request (a pagination token, a user name, a policy id, an account in
 * an ARN), and the status defaults to 200.
 */
record Fixture(Path path, String action, List<String> variants, int status, String extension) {

  /** The fixture a file name describes, or null when the name does not follow the pattern. */
  static Fixture of(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    String extension = name.substring(dot + 1);
    if (!extension.equals("xml") && !extension.equals("json")) {
      return null;
    }
    String stem = name.substring(0, dot);
    int status = 200;
    int statusDot = stem.lastIndexOf('.');
    if (statusDot > 0 && stem.substring(statusDot + 1).matches("\\d{3}")) {
      status = Integer.parseInt(stem.substring(statusDot + 1));
      stem = stem.substring(0, statusDot);
    }
    String[] parts = stem.split("@");
    return new Fixture(
        path,
        parts[0],
        List.copyOf(Arrays.asList(parts).subList(1, parts.length)),
        status,
        extension);
  }

  /** True when every variant equals a request value, ends one after '/', or is an ARN's account. */
  boolean matches(FakeRequest request) {
    for (String variant : variants) {
      boolean found = false;
      for (String value : request.values()) {
        if (value.equals(variant)
            || value.endsWith("/" + variant)
            || value.contains(":" + variant + ":")) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  String body() {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fixture " + path, e);
    }
  }
}
