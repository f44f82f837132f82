package io.accessgraph.api.view;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * A policy that applies to a principal, with its document.
 *
 * @param id the managed policy ARN, or {@code OWNER#inline:NAME}
 * @param attachment managed, inline, boundary, or group-managed / group-inline (via {@code group})
 * @param group the group it comes through, or null
 * @param document the policy document as JSON
 */
public record PolicyView(
    String id, String name, String attachment, String group, @JsonRawValue String document) {}
