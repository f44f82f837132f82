package io.accessgraph.analysis.policy;

import java.util.List;
import java.util.Map;

/**
 * An ingested user or role with its policies compiled and indexed once.
 *
 * @param boundary null when the principal has no permissions boundary
 * @param trust the role's trust policy, indexed, null for users
 * @param scps the SCP levels of the principal's account, null when SCPs do not govern it
 * @param keys the condition keys the principal fixes (lower-case), e.g. aws:principalarn
 * @param warnings gaps in the data about this principal (a missing managed policy)
 */
record IamPrincipal(
    Type type,
    String arn,
    String name,
    String uniqueId,
    String accountId,
    boolean serviceLinked,
    Map<String, String> tags,
    PolicySet identity,
    PolicySet boundary,
    PolicySet trust,
    LevelChain scps,
    Map<String, List<String>> keys,
    List<String> warnings) {

  enum Type {
    USER,
    ROLE
  }
}
