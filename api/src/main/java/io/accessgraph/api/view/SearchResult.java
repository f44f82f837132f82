package io.accessgraph.api.view;

import java.util.List;

/** One page of search results; exact and prefix matches come before substring matches. */
public record SearchResult(String query, int page, int size, int total, List<SearchHit> items) {}
