package io.accessgraph.api.view;

/** An account the blast radius touches; admin when an admin principal of it is reached. */
public record AccountReach(String id, boolean admin) {}
