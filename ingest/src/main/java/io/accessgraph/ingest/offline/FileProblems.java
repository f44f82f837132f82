package io.accessgraph.ingest.offline;

import io.accessgraph.model.snapshot.IngestProblem;
import java.util.List;

/** Collects the problems of one input file, each tagged with the file's name as its source. */
final class FileProblems {
  private final String source;
  private final List<IngestProblem> sink;

  FileProblems(String source, List<IngestProblem> sink) {
    this.source = source;
    this.sink = sink;
  }

  String source() {
    return source;
  }

  /** A problem with one entity; {@code entity} is its ARN or name, null for the whole file. */
  void add(String entity, String message) {
    sink.add(new IngestProblem(source, entity, message));
  }

  void file(String message) {
    add(null, message);
  }
}
