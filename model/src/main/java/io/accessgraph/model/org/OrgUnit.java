package io.accessgraph.model.org;

/** An organizational unit (ou-xxxx) with the id of its parent (root or OU). */
public record OrgUnit(String id, String arn, String name, String parentId) {}
