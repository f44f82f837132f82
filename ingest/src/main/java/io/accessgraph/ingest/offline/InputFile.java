package io.accessgraph.ingest.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * One input file held in memory: its name (used as the source of every problem it causes) and its
 * bytes. Lets callers feed files that are not on disk, such as the bundled demo on the classpath.
 */
public record InputFile(String name, byte[] content) {

  public InputFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
  }

  /**
   * Reads {@code path} whole; the name is the path as given.
   *
   * @throws UncheckedIOException naming the file when it cannot be read
   */
  public static InputFile of(Path path) {
    try {
      return new InputFile(path.toString(), Files.readAllBytes(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read input file " + path + ": " + e.getMessage(), e);
    }
  }

  // Records compare arrays by identity; two files with equal names and bytes are the same input.
  @Override
  public boolean equals(Object other) {
    return other instanceof InputFile f && name.equals(f.name) && Arrays.equals(content, f.content);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "InputFile[" + name + ", " + content.length + " bytes]";
  }
}
