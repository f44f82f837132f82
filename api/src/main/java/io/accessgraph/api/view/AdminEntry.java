package io.accessgraph.api.view;

import java.util.List;

/** An admin principal with the statements that make it admin. */
public record AdminEntry(String principal, String account, List<String> evidence) {}
