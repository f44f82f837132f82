package io.accessgraph.api.view;

import java.util.List;

/**
 * The policy engine's answer to one request (issue #3 shape, plus why and what may make it wrong).
 *
 * @param decision ALLOW, DENY or CONDITIONAL
 * @param evidence the deciding statements
 * @param conditions the request-time conditions that decide a CONDITIONAL
 * @param reasons why an implicit deny happened
 * @param warnings what may make the answer wrong
 */
public record CanResult(
    String decision,
    List<String> evidence,
    List<String> conditions,
    List<String> reasons,
    List<String> warnings) {}
