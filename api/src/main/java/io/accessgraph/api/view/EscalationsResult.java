package io.accessgraph.api.view;

import java.util.List;

/** {@code {"escalations": [...]}} (issue #4). */
public record EscalationsResult(List<Escalation> escalations) {}
