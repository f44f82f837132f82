package io.accessgraph.ingest.synth;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes one JSON file through Jackson's streaming generator and counts what was written.
 * Whitespace is left out: the reader does not care, and at a thousand accounts the AWS CLI's
 * four-space indentation would double the output.
 */
final class JsonFiles {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private long files;
  private long bytes;

  interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  void write(Path file, Body body) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        JsonGenerator json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      body.write(json);
    }
    files++;
    bytes += Files.size(file);
  }

  long files() {
    return files;
  }

  long bytes() {
    return bytes;
  }

  /** Writes AWS tags as {@code [{"Key": k, "Value": v}]}. */
  static void tags(JsonGenerator json, Map<String, String> tags) throws IOException {
    json.writeArrayFieldStart("Tags");
    for (Map.Entry<String, String> tag : tags.entrySet()) {
      json.writeStartObject();
      json.writeStringField("Key", tag.getKey());
      json.writeStringField("Value", tag.getValue());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  static void date(JsonGenerator json, String field, long epochSecond) throws IOException {
    json.writeStringField(field, SynthIds.format(epochSecond));
  }
}
