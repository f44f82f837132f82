package io.accessgraph.model.iam;

import io.accessgraph.model.policy.PolicyDocument;

/** A policy embedded in a user, group or role, identified by its owner and name. */
public record InlinePolicy(String name, PolicyDocument document) {}
