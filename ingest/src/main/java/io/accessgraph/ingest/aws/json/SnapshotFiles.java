package io.accessgraph.ingest.aws.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * The output directory of a collection run: one JSON file per API result. Files appear whole or not
 * at all (written aside, then moved), so an interrupted run never leaves a truncated file that the
 * offline reader would half-read.
 */
public final class SnapshotFiles {
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_.-]+\\.json");
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path dir;

  public SnapshotFiles(Path dir) {
    try {
      this.dir = Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create output directory " + dir, e);
    }
  }

  public Path dir() {
    return dir;
  }

  public Path write(String fileName, JsonNode content) {
    if (!SAFE_NAME.matcher(fileName).matches()) {
      throw new IllegalArgumentException("unsafe output file name '" + fileName + "'");
    }
    Path target = dir.resolve(fileName);
    Path temp = dir.resolve("." + fileName + ".part");
    try {
      MAPPER.writeValue(temp.toFile(), content);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  /** A fresh empty object node for callers that assemble a file from several calls. */
  public static com.fasterxml.jackson.databind.node.ObjectNode newObject() {
    return MAPPER.createObjectNode();
  }
}
