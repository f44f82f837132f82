package io.accessgraph.ingest.offline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One input, opened as often as the reader needs: once to recognise it, once more to map it. A file
 * on disk is read again each time rather than kept, so that only one file is in memory at a time.
 */
interface InputSource {
  /** The name every problem with this input is reported under. */
  String name();

  InputStream open() throws IOException;

  InputFile load() throws IOException;

  static InputSource of(InputFile file) {
    return new InMemory(file);
  }

  static InputSource of(String name, Path path) {
    return new OnDisk(name, path);
  }

  record InMemory(InputFile file) implements InputSource {
    @Override
    public String name() {
      return file.name();
    }

    @Override
    public InputStream open() {
      return new ByteArrayInputStream(file.content());
    }

    @Override
    public InputFile load() {
      return file;
    }
  }

  record OnDisk(String name, Path path) implements InputSource {
    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(path);
    }

    @Override
    public InputFile load() throws IOException {
      return new InputFile(name, Files.readAllBytes(path));
    }
  }
}
