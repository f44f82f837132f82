package io.accessgraph.ingest.offline;

import io.accessgraph.model.org.Organization;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.IngestProblem;
import io.accessgraph.model.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The mutable state of one read: accounts met so far, the organization, the problems. */
final class IngestRun {
  private final Map<String, AccountData> accounts = new TreeMap<>();
  private final List<IngestProblem> problems = new ArrayList<>();
  private Organization organization;
  private String organizationSource;

  FileProblems problemsOf(String source) {
    return new FileProblems(source, problems);
  }

  AccountData account(String accountId) {
    return accounts.computeIfAbsent(accountId, AccountData::new);
  }

  Optional<AccountData> existingAccount(String accountId) {
    return Optional.ofNullable(accounts.get(accountId));
  }

  Collection<AccountData> accounts() {
    return accounts.values();
  }

  /** Keeps the first organization; a second one is reported rather than mixed in. */
  void organization(Organization org, FileProblems fileProblems) {
    if (organization != null) {
      fileProblems.file(
          "a second organization file; only "
              + organizationSource
              + " is used (organization "
              + organization.id()
              + ")");
      return;
    }
    organization = org;
    organizationSource = fileProblems.source();
  }

  Snapshot toSnapshot() {
    Map<String, AccountSnapshot> out = new LinkedHashMap<>();
    accounts.forEach((id, data) -> out.put(id, data.toSnapshot()));
    return new Snapshot(Optional.ofNullable(organization), out, problems);
  }
}
