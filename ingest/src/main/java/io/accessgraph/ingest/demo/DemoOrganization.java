package io.accessgraph.ingest.demo;

import io.accessgraph.ingest.offline.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the demo organization's files from the classpath, in the order index.txt lists them. */
public final class DemoOrganization {
  private static final String FOLDER = "/io/accessgraph/ingest/demo/";

  private DemoOrganization() {}

  public static List<InputFile> files() {
    List<InputFile> files = new ArrayList<>();
    for (String line : new String(resource("index.txt"), StandardCharsets.UTF_8).split("\\R")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        files.add(new InputFile(name, resource(name)));
      }
    }
    return files;
  }

  private static byte[] resource(String name) {
    try (InputStream in = DemoOrganization.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("demo resource missing from the jar: " + FOLDER + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read demo resource " + FOLDER + name, e);
    }
  }
}
