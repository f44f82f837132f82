package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.databind.JsonNode;
import io.accessgraph.model.policy.PolicyDocument;
import io.accessgraph.model.policy.PolicyDocumentParser;
import io.accessgraph.model.policy.PolicyParseException;
import java.util.Optional;

/**
 * Parses one policy document through the model's {@link PolicyDocumentParser} (the one place that
 * decodes, object or URL-encoded string) and turns a failure into a problem naming the owner and
 * the policy. The caller leaves the policy out; see the package documentation for why.
 */
final class PolicyReader {
  private PolicyReader() {}

  /**
   * @param owner who holds the policy, as a person reads it: "role arn:aws:iam::1:role/x"
   * @param policy which policy: "inline policy 'p'", "trust policy"
   * @param entity the problem's entity (the owner's ARN)
   * @param consequence what leaving it out means for the results
   */
  static Optional<PolicyDocument> read(
      JsonNode document,
      String owner,
      String policy,
      String entity,
      String consequence,
      FileProblems problems) {
    try {
      return Optional.of(PolicyDocumentParser.parse(document));
    } catch (PolicyParseException e) {
      problems.add(entity, owner + ": " + policy + ": " + e.getMessage() + "; " + consequence);
      return Optional.empty();
    }
  }
}
