package io.accessgraph.model.snapshot;

/**
 * Something that could not be ingested, said so a person can find and fix it.
 *
 * @param source the file (or API call) it came from
 * @param entity the entity concerned (an ARN, a policy name), or null for the whole source
 */
public record IngestProblem(String source, String entity, String message) {
  @Override
  public String toString() {
    return source + (entity == null ? "" : " [" + entity + "]") + ": " + message;
  }
}
