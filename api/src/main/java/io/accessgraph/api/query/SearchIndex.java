package io.accessgraph.api.query;

import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.analysis.graph.AccessNode;
import io.accessgraph.analysis.graph.NodeKind;
import io.accessgraph.api.view.SearchHit;
import io.accessgraph.api.view.SearchResult;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.org.OrgAccount;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds principals, instances, accounts and access key ids by prefix or substring of their name,
 * ARN or id, case-insensitively. A linear scan over precomputed lower-case keys: a few milliseconds
 * at 200,000 principals, with no index to keep in step with the graph.
 */
final class SearchIndex {
  private static final int MIN_QUERY = 2;
  private static final int MAX_QUERY = 256;

  private final List<Entry> entries = new ArrayList<>();

  private record Entry(SearchHit hit, String name, String id, String arn) {}

  SearchIndex(AccessGraph graph, Snapshot snapshot) {
    for (AccessNode node : graph.nodes()) {
      if (node.kind() != NodeKind.ACCOUNT_ADMIN) {
        String id = node.kind() == NodeKind.EC2_INSTANCE ? instanceId(node.arn()) : node.arn();
        add(
            new SearchHit(
                node.kind().name(), node.arn(), node.arn(), node.name(), node.accountId()),
            id);
      }
    }
    Map<String, String> accountNames = new LinkedHashMap<>();
    snapshot.accountList().forEach(a -> accountNames.put(a.accountId(), null));
    snapshot
        .organization()
        .ifPresent(o -> o.accounts().forEach(a -> accountNames.put(a.id(), name(a))));
    accountNames.forEach(
        (id, name) ->
            add(new SearchHit("ACCOUNT", id, "arn:aws:iam::" + id + ":root", name, id), id));
    for (AccountSnapshot account : snapshot.accountList()) {
      for (User user : account.users()) {
        user.accessKeys()
            .forEach(
                k ->
                    add(
                        new SearchHit(
                            "ACCESS_KEY",
                            k.accessKeyId(),
                            user.arn(),
                            user.name(),
                            account.accountId()),
                        k.accessKeyId()));
      }
    }
  }

  private void add(SearchHit hit, String id) {
    entries.add(
        new Entry(
            hit,
            lower(hit.name()),
            lower(id),
            lower(hit.kind().equals("ACCESS_KEY") ? hit.id() : hit.arn())));
  }

  SearchResult search(String text, int page, int size) {
    String query = InputKeys.present("q", text);
    if (query.length() < MIN_QUERY || query.length() > MAX_QUERY) {
      throw new LimitExceededException(
          "queryLength",
          "q must be between " + MIN_QUERY + " and " + MAX_QUERY + " characters long");
    }
    int p = QueryLimits.page(page);
    int s = QueryLimits.pageSize(size);
    String q = lower(query);
    List<SearchHit> exact = new ArrayList<>();
    List<SearchHit> prefix = new ArrayList<>();
    List<SearchHit> substring = new ArrayList<>();
    int n = 0;
    for (Entry e : entries) {
      if ((++n & 4095) == 0) {
        Interrupts.check();
      }
      if (q.equals(e.name) || q.equals(e.id) || q.equals(e.arn)) {
        exact.add(e.hit);
      } else if (e.name.startsWith(q) || e.id.startsWith(q) || e.arn.startsWith(q)) {
        prefix.add(e.hit);
      } else if (e.name.contains(q) || e.id.contains(q) || e.arn.contains(q)) {
        substring.add(e.hit);
      }
    }
    List<SearchHit> all = new ArrayList<>(exact);
    all.addAll(prefix);
    all.addAll(substring);
    int from = (int) Math.min((long) p * s, all.size());
    int to = Math.min(from + s, all.size());
    return new SearchResult(query, p, s, all.size(), List.copyOf(all.subList(from, to)));
  }

  private static String name(OrgAccount account) {
    return account.name();
  }

  private static String instanceId(String arn) {
    return arn.substring(arn.lastIndexOf('/') + 1);
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
