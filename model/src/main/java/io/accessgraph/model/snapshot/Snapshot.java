package io.accessgraph.model.snapshot;

import io.accessgraph.model.org.Organization;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The immutable result of one ingest run.
 *
 * @param organization empty when the input had no organization: every account is standalone
 * @param accounts by account id, in input order
 * @param problems what could not be ingested; the rest still was
 */
public record Snapshot(
    Optional<Organization> organization,
    Map<String, AccountSnapshot> accounts,
    List<IngestProblem> problems) {

  public Snapshot {
    accounts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(accounts));
    problems = List.copyOf(problems);
  }

  public Collection<AccountSnapshot> accountList() {
    return accounts.values();
  }

  public Optional<AccountSnapshot> account(String accountId) {
    return Optional.ofNullable(accounts.get(accountId));
  }

  public boolean isEmpty() {
    return accounts.isEmpty() && organization.isEmpty();
  }
}
