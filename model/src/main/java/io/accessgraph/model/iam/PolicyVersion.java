package io.accessgraph.model.iam;

import io.accessgraph.model.policy.PolicyDocument;

/** One stored version of a managed policy. */
public record PolicyVersion(String versionId, boolean isDefault, PolicyDocument document) {}
