package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Tells what produced a file from its top-level keys alone. File names are never consulted: people
 * name their CLI outputs however they like. Works on {@link TopLevel} facts so that a file can be
 * recognised by streaming through it, without building its tree.
 */
final class InputDetector {
  private static final String[] IAM_DETAIL_LISTS = {
    "UserDetailList", "GroupDetailList", "RoleDetailList"
  };

  private InputDetector() {}

  static Optional<InputKind> detect(JsonNode root) {
    return detect(TopLevel.of(root));
  }

  static Optional<InputKind> detect(TopLevel root) {
    if (root.shape() == TopLevel.Shape.ARRAY) {
      // A script that loops over users may collect the list-access-keys outputs into one array.
      return root.accessKeyBundle() ? Optional.of(InputKind.ACCESS_KEYS) : Optional.empty();
    }
    if (!root.isObject()) {
      return Optional.empty();
    }
    // `aws iam list-policies` and `aws organizations list-policies` also print {"Policies": [...]};
    // only get-account-authorization-details puts the documents (PolicyVersionList) inside.
    if (Arrays.stream(IAM_DETAIL_LISTS).anyMatch(root::has) || root.policiesWithVersions()) {
      return Optional.of(InputKind.AUTHORIZATION_DETAILS);
    }
    if (root.has("Reservations")) {
      return Optional.of(InputKind.EC2_INSTANCES);
    }
    if (root.has("OpenIDConnectProviderList")) {
      return Optional.of(InputKind.OIDC_PROVIDERS);
    }
    if (root.has("SAMLProviderList")) {
      return Optional.of(InputKind.SAML_PROVIDERS);
    }
    if (root.has("organization")) {
      return Optional.of(InputKind.ORGANIZATION);
    }
    if (root.has(TopLevel.ACCESS_KEYS)) {
      return Optional.of(InputKind.ACCESS_KEYS);
    }
    if (root.has("Content") && (root.has("ReportFormat") || root.has("GeneratedTime"))) {
      return Optional.of(InputKind.CREDENTIAL_REPORT);
    }
    return resourceKind(root);
  }

  // The resource listings (docs/collector.md). ECS and Glue have no single CLI command for the
  // whole inventory, so the collector writes two lists in one object; either list alone (the
  // output of `aws ecs describe-services` or `aws glue get-jobs`) is read as well.
  // `aws codebuild list-projects` prints {"projects": ["name", ...]}: names, no roles; hence the
  // lists of objects.
  private static Optional<InputKind> resourceKind(TopLevel root) {
    if (root.has("Functions")) {
      return Optional.of(InputKind.LAMBDA_FUNCTIONS);
    }
    if (root.has("Stacks")) {
      return Optional.of(InputKind.CLOUDFORMATION_STACKS);
    }
    if (root.listsOfObjects().contains("projects")) {
      return Optional.of(InputKind.CODEBUILD_PROJECTS);
    }
    if (root.has("taskDefinitions") || root.listsOfObjects().contains("services")) {
      return Optional.of(InputKind.ECS_TASKS);
    }
    if (root.has("DevEndpoints") || root.listsOfObjects().contains("Jobs")) {
      return Optional.of(InputKind.GLUE_RESOURCES);
    }
    if (root.has("NotebookInstances")) {
      return Optional.of(InputKind.SAGEMAKER_NOTEBOOKS);
    }
    return Optional.empty();
  }

  /** The message for a file no kind matched, with a hint when it is a known near miss. */
  static String unrecognised(JsonNode root) {
    return unrecognised(TopLevel.of(root));
  }

  static String unrecognised(TopLevel root) {
    String expected =
        Arrays.stream(InputKind.values())
            .map(InputKind::producedBy)
            .collect(Collectors.joining("; "));
    String hint = "";
    if (root.isObject() && root.has("AccessKeyLastUsed")) {
      hint =
          " (this is get-access-key-last-used output, which names no access key id; the"
              + " credential report carries last-used dates)";
    } else if (root.isObject() && root.has("projects")) {
      hint =
          " (this looks like codebuild list-projects output, which names no roles; use"
              + " `aws codebuild batch-get-projects --names ...`)";
    } else if (root.isObject() && root.has("Organization")) {
      hint =
          " (this looks like describe-organization output; write org.json with the keys"
              + " organization, roots, organizationalUnits, accounts, policies)";
    }
    return "unrecognised file" + hint + " (expected one of: " + expected + ")";
  }
}
