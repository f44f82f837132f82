package io.accessgraph.api.view;

/** An account in the organization tree. */
public record AccountView(String id, String name, String status, AccountCounts counts) {}
