package io.accessgraph.store;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The outcome of writing a snapshot.
 *
 * @param organization empty when the snapshot had no organization
 * @param accounts one result per account, in snapshot order
 */
public record WriteReport(Optional<WriteResult> organization, List<WriteResult> accounts) {
  public WriteReport {
    accounts = List.copyOf(accounts);
  }

  public List<WriteResult> failures() {
    return all().filter(r -> !r.written()).toList();
  }

  public boolean allWritten() {
    return failures().isEmpty();
  }

  /** True when at least one account or the organization was written. */
  public boolean anyWritten() {
    return all().anyMatch(WriteResult::written);
  }

  private Stream<WriteResult> all() {
    return Stream.concat(organization.stream(), accounts.stream());
  }
}
