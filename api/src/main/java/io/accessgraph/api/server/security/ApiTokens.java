package io.accessgraph.api.server.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The tokens the server accepts. ACCESSGRAPH_API_TOKEN sets one operator token (and
 * ACCESSGRAPH_READER_TOKEN a reader token); with neither, the first start generates an operator
 * token into {@code DATA_DIR/api-token} with 0600 permissions and later starts reuse it.
 */
public final class ApiTokens {
  public static final String TOKEN_FILE = "api-token";
  public static final String OPERATOR_VARIABLE = "ACCESSGRAPH_API_TOKEN";
  public static final String READER_VARIABLE = "ACCESSGRAPH_READER_TOKEN";
  private static final int MIN_LENGTH = 16;

  private final Map<String, TokenRole> tokens;
  private final Path generatedFile;

  private ApiTokens(Map<String, TokenRole> tokens, Path generatedFile) {
    this.tokens = Map.copyOf(tokens);
    this.generatedFile = generatedFile;
  }

  public static ApiTokens resolve(Map<String, String> environment, Path dataDir) {
    Map<String, TokenRole> tokens = new LinkedHashMap<>();
    addConfigured(tokens, environment.get(OPERATOR_VARIABLE), TokenRole.OPERATOR);
    addConfigured(tokens, environment.get(READER_VARIABLE), TokenRole.READER);
    if (!tokens.isEmpty()) {
      return new ApiTokens(tokens, null);
    }
    Path file = dataDir.resolve(TOKEN_FILE);
    tokens.put(readOrGenerate(file), TokenRole.OPERATOR);
    return new ApiTokens(tokens, file);
  }

  private static void addConfigured(Map<String, TokenRole> tokens, String value, TokenRole role) {
    if (value == null || value.isBlank()) {
      return;
    }
    if (value.strip().length() < MIN_LENGTH) {
      throw new IllegalArgumentException(
          "API token from the environment is too short: use at least "
              + MIN_LENGTH
              + " characters");
    }
    tokens.put(value.strip(), role);
  }

  private static String readOrGenerate(Path file) {
    try {
      if (Files.exists(file)) {
        String existing = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (existing.length() >= MIN_LENGTH) {
          return existing;
        }
      }
      Files.createDirectories(file.getParent());
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      Files.deleteIfExists(file);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
      return token;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the API token file " + file, e);
    }
  }

  /** The role of a presented token, compared in constant time. */
  public Optional<TokenRole> roleOf(String presented) {
    if (presented == null) {
      return Optional.empty();
    }
    byte[] given = presented.getBytes(StandardCharsets.UTF_8);
    for (Map.Entry<String, TokenRole> e : tokens.entrySet()) {
      if (MessageDigest.isEqual(given, e.getKey().getBytes(StandardCharsets.UTF_8))) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** The generated token file, or empty when tokens come from the environment. */
  public Optional<Path> generatedFile() {
    return Optional.ofNullable(generatedFile);
  }

  /** The operator token, for the demo's sign-in hint. */
  public String operatorToken() {
    return tokens.entrySet().stream()
        .filter(e -> e.getValue() == TokenRole.OPERATOR)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }
}
