package io.accessgraph.ingest.synth;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code _expected.json}: the planted answers a correct analysis must reproduce. Its
 * top-level keys match no AWS CLI output, and its leading underscore tells readers to skip it.
 */
final class ExpectedWriter {
  static final String FILE_NAME = "_expected.json";
  static final String FORMAT = "accessgraph-synth-expected/1";

  private ExpectedWriter() {}

  static void write(JsonFiles files, Path file, SynthOptions options, List<ExpectedCheck> checks)
      throws IOException {
    files.write(
        file,
        json -> {
          json.writeStartObject();
          json.writeStringField("format", FORMAT);
          json.writeObjectFieldStart("options");
          json.writeNumberField("accounts", options.accounts());
          json.writeNumberField("principalsPerAccount", options.principalsPerAccount());
          json.writeNumberField("seed", options.seed());
          json.writeEndObject();
          json.writeArrayFieldStart("checks");
          for (ExpectedCheck c : checks) {
            check(json, c);
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  private static void check(JsonGenerator json, ExpectedCheck c) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", c.id());
    json.writeStringField("kind", c.kind());
    json.writeStringField("expect", c.expect());
    json.writeStringField("account", c.account());
    json.writeStringField("source", c.source());
    json.writeStringField("target", c.target());
    strings(json, "hops", c.hops());
    strings(json, "edgeKinds", c.edgeKinds());
    strings(json, "methods", c.methods());
    json.writeStringField("description", c.description());
    json.writeEndObject();
  }

  private static void strings(JsonGenerator json, String field, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (String v : values) {
      json.writeString(v);
    }
    json.writeEndArray();
  }
}
