package io.accessgraph.api.view;

import java.util.List;

/** {@code {"admins": [...]}} (issue #3). */
public record AdminsResult(List<AdminEntry> admins) {}
