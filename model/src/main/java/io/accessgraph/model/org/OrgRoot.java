package io.accessgraph.model.org;

/** The root of an organization (r-xxxx). */
public record OrgRoot(String id, String arn, String name) {}
