package io.accessgraph.model.policy;

import java.util.List;

/**
 * A parsed IAM policy document.
 *
 * @param json the document as compact JSON (decoded, never URL-encoded), kept for display and
 *     storage
 */
public record PolicyDocument(String version, String id, List<Statement> statements, String json) {
  public PolicyDocument {
    statements = List.copyOf(statements);
  }

  public static PolicyDocument empty() {
    return new PolicyDocument(null, null, List.of(), "{\"Statement\":[]}");
  }
}
