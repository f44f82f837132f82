package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.accessgraph.model.snapshot.IngestProblem;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first look at an input: which {@link InputKind} it is, or the problem that keeps it out,
 * found by streaming through it without building its tree. Only a file the streaming pass cannot
 * judge (empty, malformed, more than one value) is parsed whole, so that its problem reads exactly
 * as the tree parser words it.
 */
final class InputClassifier {
  private InputClassifier() {}

  /**
   * What an input turned out to be.
   *
   * @param kind null when the input is left out
   * @param problems why it is left out; reported under the input's name
   * @param unreadable the input could not be read at all
   */
  record Classification(
      InputSource source, InputKind kind, List<String> problems, boolean unreadable) {
    Classification {
      problems = List.copyOf(problems);
    }

    Optional<InputKind> recognised() {
      return Optional.ofNullable(kind);
    }

    void reportTo(IngestRun run) {
      FileProblems sink = run.problemsOf(source.name());
      problems.forEach(sink::file);
    }
  }

  static Classification classify(InputSource source) {
    Optional<TopLevel> top;
    try (InputStream in = source.open();
        JsonParser parser = JsonInput.parser(in)) {
      top = TopLevelScanner.scan(parser);
    } catch (JsonProcessingException e) {
      top = Optional.empty();
    } catch (IOException e) {
      return unreadable(source, e);
    }
    return top.isPresent() ? judged(source, top.get()) : parsedWhole(source);
  }

  private static Classification parsedWhole(InputSource source) {
    InputFile file;
    try {
      file = source.load();
    } catch (IOException e) {
      return unreadable(source, e);
    }
    List<IngestProblem> problems = new ArrayList<>();
    Optional<JsonNode> root = JsonInput.parse(file, new FileProblems(source.name(), problems));
    if (root.isPresent()) {
      return judged(source, TopLevel.of(root.get()));
    }
    return new Classification(
        source, null, problems.stream().map(IngestProblem::message).toList(), false);
  }

  private static Classification judged(InputSource source, TopLevel top) {
    return InputDetector.detect(top)
        .map(kind -> new Classification(source, kind, List.of(), false))
        .orElseGet(
            () ->
                new Classification(source, null, List.of(InputDetector.unrecognised(top)), false));
  }

  private static Classification unreadable(InputSource source, IOException e) {
    return new Classification(source, null, List.of(OfflineSnapshotReader.unreadable(e)), true);
  }
}
