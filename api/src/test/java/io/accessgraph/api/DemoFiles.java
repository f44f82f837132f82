package io.accessgraph.api;

import io.accessgraph.ingest.demo.DemoOrganization;
import io.accessgraph.ingest.offline.InputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the bundled demo organization to a directory, as a user's export would look. */
public final class DemoFiles {
  private DemoFiles() {}

  public static Path writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (InputFile file : DemoOrganization.files()) {
      Files.write(dir.resolve(file.name()), file.content());
    }
    return dir;
  }
}
